using System.Text;

namespace StudyBot.Testing.Calendar;

/// <summary>One content line: name, parameters and raw value.</summary>
public sealed record IcsLine(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);

/// <summary>
/// A component (VCALENDAR, VEVENT, VTIMEZONE, STANDARD...) read from iCalendar text by this test reader,
/// written from RFC 5545 alone: it shares no code with the exporter or Ical.Net.
/// </summary>
public sealed class IcsComponent(string name)
{
    public string Name { get; } = name;

    public List<IcsLine> Lines { get; } = [];

    public List<IcsComponent> Children { get; } = [];

    public static IcsComponent Parse(string text)
    {
        IcsCheck.That(!text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Contains('\n', StringComparison.Ordinal), "A line ends in LF without CR.");
        var stack = new Stack<IcsComponent>();
        IcsComponent? root = null;
        foreach (var physical in text.Split("\r\n"))
        {
            IcsCheck.That(Encoding.UTF8.GetByteCount(physical) <= 75, $"Line longer than 75 octets: {physical}");
        }

        foreach (var logical in Unfold(text))
        {
            var line = ParseLine(logical);
            if (line.Name == "BEGIN")
            {
                var child = new IcsComponent(line.Value);
                if (stack.Count > 0)
                {
                    stack.Peek().Children.Add(child);
                }

                root ??= child;
                stack.Push(child);
            }
            else if (line.Name == "END")
            {
                IcsCheck.That(stack.Pop().Name == line.Value, $"END:{line.Value} closes another component.");
            }
            else
            {
                stack.Peek().Lines.Add(line);
            }
        }

        IcsCheck.That(stack.Count == 0, "A component is not closed.");
        return root ?? throw new InvalidOperationException("No component.");
    }

    public IEnumerable<IcsComponent> All(string name) => Children.Where(c => c.Name == name);

    public IcsLine? One(string name) => Lines.SingleOrDefault(l => l.Name == name);

    public IEnumerable<IcsLine> Many(string name) => Lines.Where(l => l.Name == name);

    /// <summary>A TEXT value with its escapes undone.</summary>
    public string? Text(string name)
    {
        var value = One(name)?.Value;
        if (value is null)
        {
            return null;
        }

        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> Unfold(string text)
    {
        var physical = text.Split("\r\n");
        IcsCheck.That(physical[^1].Length == 0, "The last line has no CRLF.");
        var current = new StringBuilder();
        foreach (var line in physical[..^1])
        {
            if (line.StartsWith(' ') || line.StartsWith('\t'))
            {
                current.Append(line.AsSpan(1));
                continue;
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
            }

            current.Clear().Append(line);
        }

        yield return current.ToString();
    }

    private static IcsLine ParseLine(string line)
    {
        // name *(";" param) ":" value; a quoted parameter value may hold ':' ';' ','.
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (i < line.Length && line[i] != ';' && line[i] != ':')
        {
            i++;
        }

        var name = line[..i].ToUpperInvariant();
        while (i < line.Length && line[i] == ';')
        {
            var equals = line.IndexOf('=', i);
            var key = line[(i + 1)..equals];
            i = equals + 1;
            string value;
            if (line[i] == '"')
            {
                var close = line.IndexOf('"', i + 1);
                value = line[(i + 1)..close];
                i = close + 1;
            }
            else
            {
                var start = i;
                while (line[i] != ';' && line[i] != ':')
                {
                    i++;
                }

                value = line[start..i];
            }

            parameters[key] = value;
        }

        IcsCheck.That(i < line.Length && line[i] == ':', $"No value in line: {line}");
        return new IcsLine(name, parameters, line[(i + 1)..]);
    }
}
