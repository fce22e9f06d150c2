using StudyBot.Commands.Catalog;
using StudyBot.Core.Messaging;
using StudyBot.Core.Results;

namespace StudyBot.Commands.Parsing;

/// <summary>
/// Parses Discord's typed form, <c>group create name:"Algo Club" timezone:Europe/Berlin</c>, as the
/// console and Slack's <c>/study</c> text both use it. The leading slash is optional.
/// </summary>
public sealed class TextCommandParser(CommandCatalog catalog)
{
    /// <summary>Finds the command and splits its options, or explains what is wrong.</summary>
    public Result<TextCommand> Parse(string line)
    {
        // Strip rich-text delimiters before anything else: error messages below and in the binder echo
        // what was typed, and they must not render a forged mention or timestamp.
        var split = Tokenizer.Split(RichText.StripTokens(line ?? string.Empty).Trim().TrimStart('/'));
        if (!split.IsSuccess)
        {
            return Result<TextCommand>.Fail(split.Error);
        }

        var tokens = split.Value!;
        if (tokens.Count == 0)
        {
            return Result<TextCommand>.Fail("Type a command, for example `/help`.");
        }

        var pathWords = tokens.TakeWhile(t => !t.Contains(':', StringComparison.Ordinal)).ToList();
        var registration = FindLongestPath(pathWords, out var used);
        if (registration is null)
        {
            return Result<TextCommand>.Fail(UnknownCommand(pathWords));
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (used < pathWords.Count)
        {
            if (registration.Definition.PositionalOption is not { } positional)
            {
                return Result<TextCommand>.Fail(UnexpectedWord(registration.Definition, pathWords[used]));
            }

            options[positional] = string.Join(' ', pathWords.Skip(used));
        }

        foreach (var token in tokens.Skip(pathWords.Count))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return Result<TextCommand>.Fail(UnexpectedWord(registration.Definition, token));
            }

            var name = token[..colon].ToLowerInvariant();
            if (!options.TryAdd(name, token[(colon + 1)..]))
            {
                return Result<TextCommand>.Fail($"Option `{name}` is given twice; give it once.");
            }
        }

        return new TextCommand(registration, options);
    }

    private CommandRegistration? FindLongestPath(List<string> words, out int used)
    {
        for (used = Math.Min(words.Count, 3); used > 0; used--)
        {
            var found = catalog.Find(string.Join(' ', words.Take(used)));
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private string UnknownCommand(List<string> words)
    {
        var typed = string.Join(' ', words.Take(2));
        if (typed.Length == 0)
        {
            return "Start with a command name, for example `/group list`. Type `/help` to see them all.";
        }

        var group = catalog.Commands.Where(c => c.Words[0].Equals(words[0], StringComparison.OrdinalIgnoreCase) && c.Words.Count > 1).ToList();
        if (words.Count == 1 && group.Count > 0)
        {
            return $"`/{words[0]}` needs a subcommand: {string.Join(", ", group.Select(c => $"`/{c.Path}`"))}.";
        }

        var suggestion = catalog.SuggestPath(typed);
        return suggestion is null
            ? $"Unknown command `/{typed}`. Type `/help` to see every command."
            : $"Unknown command `/{typed}`. Did you mean `/{suggestion}`?";
    }

    private static string UnexpectedWord(CommandDefinition command, string word) =>
        $"`{word}` is not an option of `/{command.Path}`. Options are written as `name:value`: {OptionList(command)}.";

    internal static string OptionList(CommandDefinition command) =>
        command.Options.Count == 0 ? "it takes none" : string.Join(", ", command.Options.Select(o => $"`{o.Name}`"));
}
