using System.Text.Json.Nodes;
using StudyBot.Commands.Catalog;
using StudyBot.Discord.Rendering;

namespace StudyBot.Discord.Registration;

/// <summary>
/// Turns the one command catalog into Discord's chat-input commands: the first word is the command,
/// the second a subcommand (<c>/group create</c>); single-word paths (<c>/help</c>) carry their options.
/// </summary>
internal static class CommandSetBuilder
{
    private const int MaxDescription = 100;

    public static JsonArray Build(IEnumerable<CommandDefinition> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var result = new JsonArray();
        foreach (var top in commands.GroupBy(c => c.Words[0], StringComparer.Ordinal))
        {
            var single = top.FirstOrDefault(c => c.Words.Count == 1);
            var subcommands = top.Where(c => c.Words.Count > 1).ToList();
            var command = new JsonObject
            {
                ["name"] = top.Key,
                ["type"] = 1,
                ["description"] = Describe(single?.Description ?? $"{top.Key}: {string.Join(", ", subcommands.Select(s => s.Words[1]))}"),

                // Servers only (interaction context 0): groups live in servers, not in DMs with the bot.
                ["contexts"] = new JsonArray(0),
            };
            command["options"] = subcommands.Count > 0
                ? new JsonArray(subcommands.Select(Subcommand).ToArray<JsonNode?>())
                : Options(single!.Options);
            result.Add(command);
        }

        return result;
    }

    private static JsonObject Subcommand(CommandDefinition command) => new()
    {
        ["type"] = 1,
        ["name"] = command.Words[1],
        ["description"] = Describe(command.Description),
        ["options"] = Options(command.Options),
    };

    private static JsonArray Options(IReadOnlyList<OptionDefinition> options) =>
        new(options.OrderBy(o => o.Required ? 0 : 1).Take(25).Select(Option).ToArray<JsonNode?>());

    private static JsonObject Option(OptionDefinition option)
    {
        var node = new JsonObject
        {
            ["type"] = TypeOf(option.Type),
            ["name"] = option.Name.ToLowerInvariant(),
            ["description"] = Describe(option.Description),
            ["required"] = option.Required,
        };
        if (option.Autocomplete != AutocompleteSource.None && option.Choices.Count == 0 && option.Type is OptionType.String or OptionType.Integer or OptionType.Number)
        {
            node["autocomplete"] = true;
        }
        else if (option.Choices.Count > 0)
        {
            node["choices"] = new JsonArray(option.Choices.Take(25).Select(c => (JsonNode?)new JsonObject { ["name"] = c, ["value"] = c }).ToArray());
        }

        if (option.Type == OptionType.String && option.MaxLength is { } max)
        {
            node["max_length"] = Math.Clamp(max, 1, 6000);
        }

        if (option.Type is OptionType.Integer or OptionType.Number)
        {
            if (option.MinValue is { } min)
            {
                node["min_value"] = min;
            }

            if (option.MaxValue is { } most)
            {
                node["max_value"] = most;
            }
        }

        return node;
    }

    private static int TypeOf(OptionType type) => type switch
    {
        OptionType.String => 3,
        OptionType.Integer => 4,
        OptionType.Boolean => 5,
        OptionType.User => 6,
        OptionType.Channel => 7,
        OptionType.Number => 10,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No Discord option type for this."),
    };

    private static string Describe(string text) => DiscordText.Truncate(string.IsNullOrWhiteSpace(text) ? "No description" : text, MaxDescription);
}
