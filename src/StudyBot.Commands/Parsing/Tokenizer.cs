using System.Text;
using StudyBot.Core.Results;

namespace StudyBot.Commands.Parsing;

/// <summary>
/// Splits a command line on white space, keeping quoted parts together: <c>name:"Algo Club"</c> is one
/// token. Straight and typographic double quotes both work, since Slack and phones turn one into the other.
/// </summary>
public static class Tokenizer
{
    /// <summary>The tokens, or an error for an unclosed quote.</summary>
    public static Result<IReadOnlyList<string>> Split(string line)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var inQuotes = false;
        var hasToken = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && inQuotes && i + 1 < line.Length && IsQuote(line[i + 1]))
            {
                current.Append(line[++i]);
            }
            else if (IsQuote(c))
            {
                inQuotes = !inQuotes;
                hasToken = true;
            }
            else if (char.IsWhiteSpace(c) && !inQuotes)
            {
                Flush();
            }
            else
            {
                current.Append(c);
                hasToken = true;
            }
        }

        if (inQuotes)
        {
            return Result<IReadOnlyList<string>>.Fail("A quote is not closed: add the missing `\"` after the value, e.g. `name:\"Algo Club\"`.");
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (hasToken)
            {
                tokens.Add(current.ToString());
            }

            current.Clear();
            hasToken = false;
        }
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D';
}
