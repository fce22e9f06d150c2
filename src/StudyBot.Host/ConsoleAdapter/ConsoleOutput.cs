namespace StudyBot.Host.ConsoleAdapter;

/// <summary>
/// The console's standard output and input, shared by replies and bot-initiated messages so their
/// lines never interleave. Tests swap in string readers and writers.
/// </summary>
public sealed class ConsoleOutput(TextReader input, TextWriter output, bool interactive)
{
    private readonly Lock _gate = new();

    /// <summary>Where commands come from.</summary>
    public TextReader Input { get; } = input;

    /// <summary>True when a person types (show a banner and prompt); false when a script pipes lines in.</summary>
    public bool Interactive { get; } = interactive;

    /// <summary>Writes lines atomically.</summary>
    public void WriteLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        lock (_gate)
        {
            foreach (var line in lines)
            {
                output.WriteLine(line);
            }

            output.Flush();
        }
    }

    /// <summary>Writes a prompt without a newline.</summary>
    public void Prompt(string text)
    {
        lock (_gate)
        {
            output.Write(text);
            output.Flush();
        }
    }
}
