using System.Globalization;
using NodaTime;
using NodaTime.Text;
using StudyBot.Application.Text;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Core.Text;

namespace StudyBot.Application.Meetings;

/// <summary>How meetings are written in messages.</summary>
public static class MeetingText
{
    private static readonly LocalDateTimePattern KeyPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmm");

    /// <summary>
    /// A start as people read it: the group's local time, carried in a timestamp token so platforms can
    /// also show it in each reader's own zone.
    /// </summary>
    public static string When(Instant start, DateTimeZone zone) =>
        RichText.Timestamp(start.ToUnixTimeSeconds(), LocalTimeText.Format(start, zone));

    /// <summary>
    /// " (typed as Tue 16 Mar 2027 19:00 EST, America/New_York)" after a start typed with another zone
    /// (<c>7pm EST</c>), so people see the conversion; empty otherwise.
    /// </summary>
    public static string AsTyped(ZonedDateTime? typed) =>
        typed is { } there ? $" (typed as {LocalTimeText.Format(there)}, {there.Zone.Id})" : string.Empty;

    /// <summary>A compact occurrence key for action ids: <c>20270323T1900</c>.</summary>
    public static string Key(LocalDateTime original) => KeyPattern.Format(original);

    /// <summary>Reads an occurrence key back.</summary>
    public static LocalDateTime? ParseKey(string key)
    {
        var parsed = KeyPattern.Parse(key ?? string.Empty);
        return parsed.Success ? parsed.Value : null;
    }

    /// <summary>"1 day", "2 hours", "1 h 30 min", "15 minutes".</summary>
    public static string Offset(Duration offset)
    {
        var minutes = (long)offset.TotalMinutes;
        if (minutes % 1440 == 0)
        {
            return Plural(minutes / 1440, "day");
        }

        if (minutes % 60 == 0)
        {
            return Plural(minutes / 60, "hour");
        }

        return minutes > 60
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60} min")
            : Plural(minutes, "minute");
    }

    /// <summary>Offsets as a list: "3 days, 1 day and 2 hours before".</summary>
    public static string Offsets(IReadOnlyList<Duration> offsets) =>
        offsets.Count == 0 ? "no reminders" : NaturalList.Join(offsets.Select(Offset)) + " before";

    /// <summary>"#3 Weekly review".</summary>
    public static string Name(MeetingSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return string.Create(CultureInfo.InvariantCulture, $"#{series.Id} **{series.Title}**");
    }

    private static string Plural(long count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}");
}
