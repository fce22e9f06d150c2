using StudyBot.Application;
using System.Globalization;
using System.Text.RegularExpressions;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Results;
using StudyBot.Core.Text;

namespace StudyBot.Commands.Parsing;

/// <summary>Turns raw option texts into typed values, with a clear error for each wrong one.</summary>
public static partial class OptionBinder
{
    /// <summary>Binds every raw option of a parsed command line.</summary>
    public static Result<IReadOnlyDictionary<string, object>> Bind(CommandDefinition command, IReadOnlyDictionary<string, string> raw)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(raw);
        var typed = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, text) in raw)
        {
            var option = command.FindOption(name);
            if (option is null)
            {
                return Result<IReadOnlyDictionary<string, object>>.Fail(OptionValidator.UnknownOption(command, name));
            }

            var value = Convert(option, text);
            if (!value.IsSuccess)
            {
                return Result<IReadOnlyDictionary<string, object>>.Fail(value.Error);
            }

            typed[option.Name] = value.Value!;
        }

        return typed;
    }

    /// <summary>Converts one raw text to the option's type.</summary>
    public static Result<object> Convert(OptionDefinition option, string text)
    {
        ArgumentNullException.ThrowIfNull(option);
        var value = (text ?? string.Empty).Trim();
        switch (option.Type)
        {
            case OptionType.Integer:
                return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole)
                    ? whole
                    : Result<object>.Fail($"`{option.Name}` must be a whole number, like `{option.Name}:3`; got `{value}`.");
            case OptionType.Number:
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : Result<object>.Fail($"`{option.Name}` must be a number, like `{option.Name}:2.5`; got `{value}`.");
            case OptionType.Boolean:
                return value.ToLowerInvariant() switch
                {
                    "true" or "yes" or "on" => true,
                    "false" or "no" or "off" => false,
                    _ => Result<object>.Fail($"`{option.Name}` must be `true` or `false`; got `{value}`."),
                };
            case OptionType.User:
                return ParseUser(option, value);
            case OptionType.Channel:
                return ParseChannel(option, value);
            default:
                return text ?? string.Empty;
        }
    }

    private static Result<object> ParseUser(OptionDefinition option, string value) =>
        ParseUserMention(value) is { } user
            ? user
            : Result<object>.Fail($"`{option.Name}` must be a user, like `{option.Name}:@bob`; got `{value}`.");

    /// <summary>
    /// Reads one user as each platform writes it: Discord <c>&lt;@123&gt;</c>/<c>&lt;@!123&gt;</c>, Slack
    /// <c>&lt;@U123|name&gt;</c>, or a plain <c>@name</c>/<c>name</c> (console). Null when it is none of these.
    /// </summary>
    public static UserMention? ParseUserMention(string value)
    {
        var text = (value ?? string.Empty).Trim();
        var match = UserPattern().Match(text);
        if (match.Success)
        {
            var id = match.Groups["id"].Value;
            return new UserMention(id, match.Groups["name"].Success ? match.Groups["name"].Value : id);
        }

        var plain = text.TrimStart('@');
        return PlainName().IsMatch(plain) ? new UserMention(plain, plain) : null;
    }

    private static Result<object> ParseChannel(OptionDefinition option, string value)
    {
        var match = ChannelPattern().Match(value);
        if (match.Success)
        {
            var id = match.Groups["id"].Value;
            return new ChannelMention(id, match.Groups["name"].Success ? match.Groups["name"].Value : id);
        }

        var plain = value.TrimStart('#');
        return PlainName().IsMatch(plain)
            ? new ChannelMention(plain, plain)
            : Result<object>.Fail($"`{option.Name}` must be a channel, like `{option.Name}:#study-hall`; got `{value}`.");
    }

    [GeneratedRegex(@"^<@!?(?<id>[A-Za-z0-9]+)(?:\|(?<name>[^>]+))?>$")]
    private static partial Regex UserPattern();

    [GeneratedRegex(@"^<#(?<id>[A-Za-z0-9]+)(?:\|(?<name>[^>]*))?>$")]
    private static partial Regex ChannelPattern();

    [GeneratedRegex(@"^[\p{L}\p{N}._-]{1,64}$")]
    private static partial Regex PlainName();
}
