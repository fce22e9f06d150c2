using NodaTime;
using StudyBot.Core.Meetings;
using StudyBot.Core.Time;
using IcalCalendar = Ical.Net.Calendar;

namespace StudyBot.Application.Tests.Calendar;

/// <summary>Reads an exported calendar back the way a calendar app would, to compare with our own expansion.</summary>
internal static class IcsAssert
{
    /// <summary>The first <paramref name="take"/> meeting starts Ical.Net finds, across all events, in order.</summary>
    public static List<Instant> Expand(IcalCalendar calendar, int take) =>
        calendar.GetOccurrences(null, null).Take(take).Select(o => Instant.FromDateTimeUtc(o.Period.StartTime.AsUtc)).ToList();

    /// <summary>Asserts that Ical.Net expands the exported series to the instants <see cref="Occurrences.From"/> gives.</summary>
    public static void ExpandsLikeOccurrences(IcalCalendar calendar, MeetingSchedule schedule, string timeZoneId, int take)
    {
        var ours = Occurrences.From(schedule, TimeZones.Resolve(timeZoneId), Instant.MinValue).Take(take).Select(o => o.Start).ToList();

        Assert.Equal(ours, Expand(calendar, take));
    }
}
