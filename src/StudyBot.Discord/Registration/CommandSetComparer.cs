using System.Text.Json;
using System.Text.Json.Nodes;

namespace StudyBot.Discord.Registration;

/// <summary>
/// Decides whether Discord's registered commands already match the catalog. Discord echoes extra
/// fields (ids, versions, defaults), so both sides are reduced to the fields StudyBot sets.
/// </summary>
internal static class CommandSetComparer
{
    public static bool AreEqual(JsonArray desired, JsonElement registered)
    {
        ArgumentNullException.ThrowIfNull(desired);
        if (registered.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        var theirs = JsonNode.Parse(registered.GetRawText())!.AsArray();
        return Canonical(desired) == Canonical(theirs);
    }

    private static string Canonical(JsonArray commands) =>
        string.Join('\n', commands.Select(c => Command(c!.AsObject())).Order(StringComparer.Ordinal));

    private static string Command(JsonObject command) => new JsonObject
    {
        ["name"] = Text(command, "name"),
        ["type"] = Number(command, "type") ?? "1",
        ["description"] = Text(command, "description"),
        ["contexts"] = command["contexts"]?.ToJsonString(),
        ["options"] = Options(command["options"] as JsonArray),
    }.ToJsonString();

    private static JsonArray Options(JsonArray? options) => new((options ?? []).Select(o => (JsonNode?)Option(o!.AsObject())).ToArray());

    private static JsonObject Option(JsonObject option) => new()
    {
        ["type"] = Number(option, "type"),
        ["name"] = Text(option, "name"),
        ["description"] = Text(option, "description"),
        ["required"] = option["required"]?.GetValue<bool>() ?? false,
        ["autocomplete"] = option["autocomplete"]?.GetValue<bool>() ?? false,
        ["choices"] = new JsonArray((option["choices"] as JsonArray ?? []).Select(c => (JsonNode?)new JsonObject
        {
            ["name"] = Text(c!.AsObject(), "name"),
            ["value"] = c["value"]?.ToJsonString(),
        }).ToArray()),
        ["min_value"] = option["min_value"]?.ToJsonString(),
        ["max_value"] = option["max_value"]?.ToJsonString(),
        ["max_length"] = Number(option, "max_length"),
        ["options"] = Options(option["options"] as JsonArray),
    };

    private static string? Text(JsonObject node, string name) => node[name]?.GetValue<string>();

    // Built nodes hold ints and parsed ones hold JSON elements; their JSON text compares the same.
    private static string? Number(JsonObject node, string name) => node[name]?.ToJsonString();
}
