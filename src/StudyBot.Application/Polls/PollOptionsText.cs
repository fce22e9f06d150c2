using NodaTime;
using NodaTime.Text;
using StudyBot.Application.Text;
using StudyBot.Core.Meetings;
using StudyBot.Core.Polls;
using StudyBot.Core.Results;

namespace StudyBot.Application.Polls;

/// <summary>Reads the <c>options</c> people type: separated by <c>|</c> or one per line; meeting times as starts are typed.</summary>
public static class PollOptionsText
{
    private static readonly LocalDateTimePattern StartPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    /// <summary>The options as given, trimmed; checking counts and lengths is the poll's job.</summary>
    public static IReadOnlyList<PollOption> Split(string? text) =>
        (text ?? string.Empty).Split(['|', '\n'], StringSplitOptions.TrimEntries)
            .Select((o, i) => new PollOption(i, o))
            .ToList();

    /// <summary>
    /// Reads each option as a meeting start in the group's zone; each must be after the poll closes. The option's
    /// text becomes the start written out ("Tue 8 Dec 2026 19:00 CET"), so two ways of typing one time are one option.
    /// </summary>
    public static Result<IReadOnlyList<PollOption>> Times(IReadOnlyList<PollOption> options, ZonedDateTime now, Instant closesAt)
    {
        ArgumentNullException.ThrowIfNull(options);
        var times = new List<PollOption>();
        foreach (var option in options)
        {
            if (option.Text.Length == 0)
            {
                // The poll says which option is empty.
                times.Add(option);
                continue;
            }

            var start = StartTimeParser.Parse(option.Text, now);
            if (!start.IsSuccess)
            {
                return Result<IReadOnlyList<PollOption>>.Fail($"Option {option.Index + 1} (`{option.Text}`) is not a time: {start.Error.Message}");
            }

            var at = Occurrences.Resolve(start.Value, now.Zone);
            if (at <= closesAt)
            {
                return Result<IReadOnlyList<PollOption>>.Fail($"Option {option.Index + 1} ({LocalTimeText.Format(at, now.Zone)}) is not after the poll closes ({LocalTimeText.Format(closesAt, now.Zone)}). Offer later times or close the poll sooner with `closes:`.");
            }

            times.Add(new PollOption(option.Index, LocalTimeText.Format(at, now.Zone), start.Value));
        }

        return times;
    }

    /// <summary>A start as the meeting commands read it back.</summary>
    public static string StartText(LocalDateTime start) => StartPattern.Format(start);
}
