using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Text;
using StudyBot.Scheduling.Clock;

namespace StudyBot.Host.ConsoleAdapter;

/// <summary>
/// <c>:clock</c>, <c>:clock advance 90m</c>, <c>:clock set 2026-12-01T18:00</c> for a console started with
/// <c>--simulated-clock</c>. Everything due on the way fires, in order, before the next line is read.
/// </summary>
public sealed partial class ClockDirective(SimulatedClock clock, ConsoleSession session) : IHostedService
{
    private static readonly InstantPattern Shown = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm 'UTC'");

    private static readonly Func<string, Instant?>[] SetPatterns =
    [
        text => InstantPattern.ExtendedIso.Parse(text) is { Success: true } p ? p.Value : null,
        text => OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } p ? p.Value.ToInstant() : null,
        text => LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(text) is { Success: true } p ? p.Value.InUtc().ToInstant() : null,
        text => LocalDateTimePattern.ExtendedIso.Parse(text) is { Success: true } p ? p.Value.InUtc().ToInstant() : null,
    ];

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        session.Directives["clock"] = RunAsync;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs one <c>:clock</c> line.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(string argument, CancellationToken cancellationToken)
    {
        var words = (argument ?? string.Empty).Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return [$"(clock: {Shown.Format(clock.Now)})"];
        }

        Instant? target = words[0].ToLowerInvariant() switch
        {
            "advance" when words.Length == 2 && ParseSpan(words[1]) is { } span => clock.Now + span,
            "set" when words.Length == 2 => ParseInstant(words[1]),
            _ => null,
        };
        if (target is null)
        {
            return ["Use `:clock`, `:clock advance 90m` (units w, d, h, m, s) or `:clock set 2026-12-01T18:00` (UTC unless an offset is given)."];
        }

        if (target < clock.Now)
        {
            return [$"The simulated clock only moves forward; it is {Shown.Format(clock.Now)}."];
        }

        var settled = await clock.AdvanceToAsync(target.Value, cancellationToken).ConfigureAwait(false);
        return settled
            ? [$"(clock: {Shown.Format(clock.Now)})"]
            : [$"(clock: {Shown.Format(clock.Now)}; some due work did not finish within {SimulatedClock.SettleTimeout.TotalSeconds:0} s, see the log)"];
    }

    private static Instant? ParseInstant(string text) => SetPatterns.Select(parse => parse(text)).FirstOrDefault(i => i is not null);

    private static Duration? ParseSpan(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var matches = SpanPart().Matches(compact);
        if (matches.Count == 0 || string.Concat(matches.Select(m => m.Value)) != compact)
        {
            return null;
        }

        var total = Duration.Zero;
        foreach (Match part in matches)
        {
            var amount = long.Parse(part.Groups["n"].Value, CultureInfo.InvariantCulture);
            total += part.Groups["u"].Value switch
            {
                "w" => Duration.FromDays(7 * amount),
                "d" => Duration.FromDays(amount),
                "h" => Duration.FromHours(amount),
                "m" => Duration.FromMinutes(amount),
                _ => Duration.FromSeconds(amount),
            };
        }

        return total;
    }

    [GeneratedRegex(@"(?<n>\d{1,6})(?<u>[wdhms])")]
    private static partial Regex SpanPart();
}
