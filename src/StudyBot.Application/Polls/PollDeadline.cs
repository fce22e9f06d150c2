using NodaTime;
using StudyBot.Core.Meetings;
using StudyBot.Core.Polls;
using StudyBot.Core.Results;

namespace StudyBot.Application.Polls;

/// <summary>Reads a poll's <c>closes</c>: a time as meetings take it (<c>fri 18:00</c>, <c>in 2 days</c>) or a length from now (<c>48h</c>).</summary>
public static class PollDeadline
{
    /// <summary>The deadline meant by <paramref name="text"/> in the group's zone; 24 hours from now when empty.</summary>
    public static Result<Instant> Parse(string? text, ZonedDateTime now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return now.ToInstant() + PollLimits.DefaultOpenFor;
        }

        var trimmed = text.Trim();
        var at = StartTimeParser.Parse(trimmed, now);
        if (!at.IsSuccess && StartTimeParser.Parse("in " + trimmed, now) is { IsSuccess: true } after)
        {
            // A bare length ("48h", "2 days") counts from now.
            at = after;
        }

        return at.IsSuccess
            ? Occurrences.Resolve(at.Value, now.Zone)
            : Result<Instant>.Fail($"`closes` must be a time like `fri 18:00`, `tomorrow 9am` or `in 2 days`; `{trimmed}` is not one ({at.Error.Message}).");
    }
}
