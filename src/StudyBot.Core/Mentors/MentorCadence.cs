using System.Globalization;
using NodaTime;
using StudyBot.Core.Checkins;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Core.Time;

namespace StudyBot.Core.Mentors;

/// <summary>
/// When a mentor and their mentee check in with each other: a weekday and a local time, each week. The time holds in
/// each person's own zone, so a mentor in Tokyo and a mentee in Berlin each get their part at 17:00 their time.
/// </summary>
/// <param name="Day">The weekday.</param>
/// <param name="Time">The local time.</param>
public sealed record MentorCadence(IsoDayOfWeek Day, LocalTime Time)
{
    /// <summary>Weekly on Friday at 17:00, when nothing else is said.</summary>
    public static MentorCadence Default { get; } = new(IsoDayOfWeek.Friday, new LocalTime(17, 0));

    /// <summary>Reads <c>fri 17:00</c> or <c>weekly</c> (the default); null or empty is the default too.</summary>
    public static Result<MentorCadence> Parse(string? text)
    {
        var typed = (text ?? string.Empty).Trim();
        if (typed.Length == 0 || typed.Equals("weekly", StringComparison.OrdinalIgnoreCase))
        {
            return Default;
        }

        var words = typed.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length != 2 || Weekdays.Parse(words[0].ToLowerInvariant()) is not { } day)
        {
            return Result<MentorCadence>.Fail($"`every` is a weekday and a time, such as `fri 17:00` or `mon 8am` (weekly); got `{typed}`.");
        }

        var time = CheckinScheduleText.Time(words[1]);
        return time.IsSuccess ? new MentorCadence(day, time.Value) : time.Error;
    }

    /// <summary>The first slot after <paramref name="after"/> in <paramref name="zone"/>.</summary>
    public ZonedDateTime Next(Instant after, DateTimeZone zone) => WeeklySlots.Next(after, zone, new HashSet<IsoDayOfWeek> { Day }, Time);

    /// <summary>"Fridays at 17:00".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Day}s at {Time:HH:mm}");
}
