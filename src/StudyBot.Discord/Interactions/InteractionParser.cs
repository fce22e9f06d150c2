using System.Globalization;
using System.Text.Json;
using StudyBot.Application;
using StudyBot.Core;

namespace StudyBot.Discord.Interactions;

/// <summary>Maps an interaction payload to the router's neutral invocations.</summary>
internal static class InteractionParser
{
    private const ulong Administrator = 1UL << 3;
    private const ulong ManageGuild = 1UL << 5;

    public static InteractionContext Context(JsonElement interaction)
    {
        var guildId = Text(interaction, "guild_id");
        var member = interaction.TryGetProperty("member", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
        var user = member is { } mem && mem.TryGetProperty("user", out var mu) ? mu : interaction.GetProperty("user");
        var permissions = member is { } withPerms && ulong.TryParse(Text(withPerms, "permissions"), NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0;
        var isAdmin = (permissions & (ManageGuild | Administrator)) != 0;
        var displayName = (member is { } named ? Text(named, "nick") : null) ?? Text(user, "global_name") ?? Text(user, "username") ?? "someone";
        var channelId = Text(interaction, "channel_id") ?? (interaction.TryGetProperty("channel", out var ch) ? Text(ch, "id") : null) ?? "unknown";
        var channelName = interaction.TryGetProperty("channel", out var channel) ? Text(channel, "name") : null;
        return new InteractionContext(
            Text(interaction, "id")!,
            Text(interaction, "token")!,
            interaction.GetProperty("type").GetInt32(),
            new Invoker(Text(user, "id")!, displayName, isAdmin),
            new ChannelRef(channelId, channelName ?? channelId),
            new WorkspaceRef(Platform.Discord, guildId ?? "dm"));
    }

    /// <summary>The command path (<c>group create</c>) and the innermost option list.</summary>
    public static (string Path, JsonElement? Options) CommandPath(JsonElement data)
    {
        var path = Text(data, "name")!;
        var options = data.TryGetProperty("options", out var o) ? o : (JsonElement?)null;
        while (options is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0
               && list[0].GetProperty("type").GetInt32() is 1 or 2)
        {
            path += " " + Text(list[0], "name");
            options = list[0].TryGetProperty("options", out var inner) ? inner : null;
        }

        return (path, options);
    }

    /// <summary>Typed option values as the router expects them.</summary>
    public static Dictionary<string, object> Options(JsonElement data, JsonElement? options)
    {
        var result = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        if (options is not { ValueKind: JsonValueKind.Array } list)
        {
            return result;
        }

        var resolved = data.TryGetProperty("resolved", out var r) ? r : default;
        foreach (var option in list.EnumerateArray())
        {
            var name = Text(option, "name")!;
            var value = option.GetProperty("value");
            object? typed = option.GetProperty("type").GetInt32() switch
            {
                3 => value.GetString(),
                4 => value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null,
                10 => value.GetDouble(),
                5 => value.GetBoolean(),
                6 => new UserMention(value.GetString()!, UserName(resolved, value.GetString()!)),
                7 => new ChannelMention(value.GetString()!, ChannelName(resolved, value.GetString()!)),
                _ => value.ToString(),
            };
            if (typed is not null)
            {
                result[name] = typed;
            }
        }

        return result;
    }

    /// <summary>The option the user is typing in an autocomplete request, and what they typed so far.</summary>
    public static (string Path, string Option, string Typed)? Focused(JsonElement data)
    {
        var (path, options) = CommandPath(data);
        if (options is not { ValueKind: JsonValueKind.Array } list)
        {
            return null;
        }

        foreach (var option in list.EnumerateArray())
        {
            if (option.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True)
            {
                return (path, Text(option, "name")!, option.GetProperty("value").ToString());
            }
        }

        return null;
    }

    /// <summary>Text inputs of a submitted modal, whether in action rows or label components.</summary>
    public static Dictionary<string, string> FormValues(JsonElement data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(data.TryGetProperty("components", out var c) ? c : default, values);
        return values;
    }

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Collect(JsonElement node, Dictionary<string, string> values)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, values);
            }
        }
        else if (node.ValueKind == JsonValueKind.Object)
        {
            if (Text(node, "custom_id") is { } id && Text(node, "value") is { } value)
            {
                values[id] = value;
            }

            Collect(node.TryGetProperty("components", out var children) ? children : default, values);
            Collect(node.TryGetProperty("component", out var child) ? child : default, values);
        }
    }

    private static string UserName(JsonElement resolved, string id)
    {
        var member = Lookup(resolved, "members", id);
        var user = Lookup(resolved, "users", id);
        return (member is { } m ? Text(m, "nick") : null) ?? (user is { } u ? Text(u, "global_name") ?? Text(u, "username") : null) ?? id;
    }

    private static string ChannelName(JsonElement resolved, string id) =>
        (Lookup(resolved, "channels", id) is { } c ? Text(c, "name") : null) ?? id;

    private static JsonElement? Lookup(JsonElement resolved, string kind, string id) =>
        resolved.ValueKind == JsonValueKind.Object && resolved.TryGetProperty(kind, out var map) && map.TryGetProperty(id, out var item) ? item : null;
}
