using System.Text.Json.Nodes;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>Interaction payloads shaped like Discord's documented examples.</summary>
public static class Payloads
{
    public const string GuildId = "200";
    public const string ChannelId = "300";
    public const string UserId = "400";
    public const string ManageGuildPermissions = "32";

    public static JsonObject Command(string id, string name, JsonArray? options = null, string permissions = "0", string? guildId = GuildId) =>
        Interaction(id, 2, new JsonObject { ["id"] = "700", ["type"] = 1, ["name"] = name, ["options"] = options ?? [] }, permissions, guildId);

    public static JsonArray Subcommand(string name, params JsonObject[] options) =>
        [new JsonObject { ["type"] = 1, ["name"] = name, ["options"] = new JsonArray(options) }];

    public static JsonObject Option(string name, int type, JsonNode value, bool focused = false)
    {
        var option = new JsonObject { ["name"] = name, ["type"] = type, ["value"] = value };
        if (focused)
        {
            option["focused"] = true;
        }

        return option;
    }

    public static JsonObject Button(string id, string customId) =>
        Interaction(id, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });

    public static JsonObject ModalSubmit(string id, string customId, params (string Id, string Value)[] values) =>
        Interaction(id, 5, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray(values.Select(v => (JsonNode?)new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = v.Id, ["value"] = v.Value }),
            }).ToArray()),
        });

    public static JsonObject Autocomplete(string id, string name, JsonArray options) =>
        Interaction(id, 4, new JsonObject { ["id"] = "700", ["type"] = 1, ["name"] = name, ["options"] = options });

    /// <summary>The same interaction made by another member of the guild.</summary>
    public static JsonObject By(JsonObject interaction, string userId, string name)
    {
        interaction["member"]!["user"] = new JsonObject { ["id"] = userId, ["username"] = name.ToLowerInvariant(), ["global_name"] = name };
        return interaction;
    }

    /// <summary>Adds a user named in the options to <c>data.resolved.users</c>, as Discord does (someone outside the guild gets no <c>members</c> entry).</summary>
    public static JsonObject Resolving(JsonObject interaction, string userId, string name)
    {
        var data = interaction["data"]!.AsObject();
        var resolved = data["resolved"] as JsonObject ?? (JsonObject)(data["resolved"] = new JsonObject());
        var users = resolved["users"] as JsonObject ?? (JsonObject)(resolved["users"] = new JsonObject());
        users[userId] = new JsonObject { ["id"] = userId, ["username"] = name.ToLowerInvariant(), ["global_name"] = name };
        return interaction;
    }

    private static JsonObject Interaction(string id, int type, JsonObject data, string permissions = "0", string? guildId = GuildId)
    {
        var user = new JsonObject { ["id"] = UserId, ["username"] = "alice", ["global_name"] = "Alice" };
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = DiscordTestHost.ApplicationId,
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = ChannelId,
            ["channel"] = new JsonObject { ["id"] = ChannelId, ["name"] = "study-hall", ["type"] = 0 },
            ["token"] = "itoken-" + id,
            ["version"] = 1,
        };
        if (guildId is null)
        {
            interaction["user"] = user;
        }
        else
        {
            interaction["guild_id"] = guildId;
            interaction["member"] = new JsonObject { ["user"] = user, ["permissions"] = permissions, ["roles"] = new JsonArray() };
        }

        return interaction;
    }
}
