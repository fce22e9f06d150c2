using System.Text;
using System.Threading.Channels;
using StudyBot.Host.ConsoleAdapter;

namespace StudyBot.Host.Tests.Calendar;

/// <summary>
/// A console the test types into line by line while the host runs, reading back what it prints: for end-to-end
/// tests that act between commands (fetch a URL, restart).
/// </summary>
internal sealed class ConsoleConversation : IDisposable
{
    /// <summary>Fails a hung host instead of blocking the test run; replies come in well under a second.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private const string EndMarker = "end of reply";
    private const string EndAnswer = "Commands start with `/`";

    private readonly Input _input = new();
    private readonly Output _output = new();

    public ConsoleConversation() => Console = new ConsoleOutput(_input, _output, interactive: false);

    public ConsoleOutput Console { get; }

    /// <summary>Types a line and returns everything printed for it.</summary>
    public async Task<string> SayAsync(string line)
    {
        // A line that is neither a command nor a directive gets one fixed answer: it marks the end of the reply.
        await _input.Lines.Writer.WriteAsync(line);
        await _input.Lines.Writer.WriteAsync(EndMarker);
        var reply = new StringBuilder();
        while (true)
        {
            var printed = await _output.Lines.Reader.ReadAsync().AsTask().WaitAsync(Guard);
            if (printed.StartsWith(EndAnswer, StringComparison.Ordinal))
            {
                return reply.ToString();
            }

            reply.Append(printed).Append('\n');
        }
    }

    /// <summary>Ends the input, as closing the terminal does: the host then stops.</summary>
    public void Close() => _input.Lines.Writer.TryComplete();

    public void Dispose()
    {
        Close();
        _input.Dispose();
        _output.Dispose();
    }

    private sealed class Input : TextReader
    {
        public Channel<string> Lines { get; } = Channel.CreateUnbounded<string>();

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
            await Lines.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false) && Lines.Reader.TryRead(out var line) ? line : null;

        public override string? ReadLine() => ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    private sealed class Output : TextWriter
    {
        private readonly StringBuilder _line = new();

        public Channel<string> Lines { get; } = Channel.CreateUnbounded<string>();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                Lines.Writer.TryWrite(_line.ToString().TrimEnd('\r'));
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }
    }
}
