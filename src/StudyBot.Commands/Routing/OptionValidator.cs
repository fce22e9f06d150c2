using StudyBot.Application;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Parsing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Text;

namespace StudyBot.Commands.Routing;

/// <summary>
/// Checks a typed invocation against the catalog, whatever adapter built it: unknown and missing
/// options, types, lengths, ranges and choices.
/// </summary>
internal static class OptionValidator
{
    public static string? Validate(CommandDefinition command, IReadOnlyDictionary<string, object> options)
    {
        foreach (var (name, value) in options)
        {
            var option = command.FindOption(name);
            if (option is null)
            {
                return UnknownOption(command, name);
            }

            var problem = CheckValue(option, value);
            if (problem is not null)
            {
                return problem;
            }
        }

        // A blank required text (name:"") is as missing as an absent one.
        var missing = command.Options.FirstOrDefault(o => o.Required
            && (!options.TryGetValue(o.Name, out var given) || given is string text && string.IsNullOrWhiteSpace(text)));
        return missing is null
            ? null
            : $"`/{command.Path}` needs `{missing.Name}` ({missing.Description}). Example: `/{command.Example}`.";
    }

    public static string UnknownOption(CommandDefinition command, string name)
    {
        // The name is echoed back, so it must not carry rich-text tokens that would render as a mention.
        name = RichText.StripTokens(name);
        var suggestion = Suggestions.Closest(name, command.Options.Select(o => o.Name));
        return suggestion is null
            ? $"`/{command.Path}` has no option `{name}`. Its options: {TextCommandParser.OptionList(command)}."
            : $"`/{command.Path}` has no option `{name}`. Did you mean `{suggestion}`?";
    }

    private static string Describe(OptionType type) => type switch
    {
        OptionType.Integer => "a whole number",
        OptionType.Number => "a number",
        OptionType.Boolean => "`true` or `false`",
        OptionType.User => "a user",
        OptionType.Channel => "a channel",
        _ => "text",
    };

    private static string? CheckValue(OptionDefinition option, object value)
    {
        var typeOk = option.Type switch
        {
            OptionType.String => value is string,
            OptionType.Integer => value is long,
            OptionType.Number => value is double or long,
            OptionType.Boolean => value is bool,
            OptionType.User => value is UserMention,
            OptionType.Channel => value is ChannelMention,
            _ => false,
        };
        if (!typeOk)
        {
            return $"`{option.Name}` must be {Describe(option.Type)}.";
        }

        if (value is string text)
        {
            text = RichText.StripTokens(text);
            if (option.MaxLength is { } max && text.Trim().Length > max)
            {
                return $"`{option.Name}` can be at most {max} characters; yours has {text.Trim().Length}. Shorten it and try again.";
            }

            if (option.Choices.Count > 0 && !option.Choices.Contains(text.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return $"`{option.Name}` must be one of {string.Join(", ", option.Choices.Select(c => $"`{c}`"))}; got `{text}`.";
            }
        }

        if (value is long number && number < option.MinValue)
        {
            return $"`{option.Name}` must be at least {option.MinValue}; got {number}.";
        }

        if (value is long large && large > option.MaxValue)
        {
            return $"`{option.Name}` must be at most {option.MaxValue}; got {large}.";
        }

        return null;
    }
}
