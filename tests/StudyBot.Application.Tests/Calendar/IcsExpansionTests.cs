using NodaTime;
using StudyBot.Application.Calendar;
using StudyBot.Core.Meetings;
using IcalCalendar = Ical.Net.Calendar;

namespace StudyBot.Application.Tests.Calendar;

/// <summary>Calendar apps must see the same meetings StudyBot reminds people of.</summary>
public sealed class IcsExpansionTests
{
    public static TheoryData<string, string, MeetingSchedule> Schedules => new()
    {
        { "Tue and Thu in Berlin until the end of April", "Europe/Berlin",
            new(new LocalDateTime(2027, 3, 1, 19, 0), Recurrence.Weekly([IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday]), until: new LocalDate(2027, 4, 30)) },
        { "every 2 weeks on Mon and Wed, starting on a Thursday", "Europe/Berlin",
            new(new LocalDateTime(2027, 3, 18, 18, 0), Recurrence.Weekly([IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday], 2), count: 12) },
        { "3rd Tue monthly in New York across both changes", "America/New_York",
            new(new LocalDateTime(2027, 1, 1, 19, 0), Recurrence.MonthlyByWeekday(3, IsoDayOfWeek.Tuesday), count: 14) },
        { "last Fri monthly", "America/New_York",
            new(new LocalDateTime(2027, 1, 1, 12, 0), Recurrence.MonthlyByWeekday(-1, IsoDayOfWeek.Friday), count: 14) },
        { "day 31 monthly skips short months", "Europe/Berlin",
            new(new LocalDateTime(2027, 1, 1, 8, 0), Recurrence.MonthlyByDay(31), count: 10) },
        { "02:30 on Sundays through the Berlin gap and overlap", "Europe/Berlin",
            new(new LocalDateTime(2027, 3, 14, 2, 30), Recurrence.Weekly(IsoDayOfWeek.Sunday), until: new LocalDate(2027, 11, 14)) },
        { "01:30 on Sundays through the New York gap and overlap", "America/New_York",
            new(new LocalDateTime(2027, 3, 7, 1, 30), Recurrence.Weekly(IsoDayOfWeek.Sunday), until: new LocalDate(2027, 11, 14)) },
        { "daily in Kolkata", "Asia/Kolkata",
            new(new LocalDateTime(2027, 3, 1, 7, 0), Recurrence.Weekly(Weekdays.All), count: 40) },
        { "a fixed offset", "UTC+05:30",
            new(new LocalDateTime(2027, 3, 1, 0, 30), Recurrence.Weekly(IsoDayOfWeek.Monday), count: 5) },
        { "UTC", "UTC",
            new(new LocalDateTime(2027, 3, 1, 23, 30), Recurrence.Weekly([IsoDayOfWeek.Monday, IsoDayOfWeek.Friday]), count: 6) },
        { "endless weekly", "Europe/Berlin",
            new(new LocalDateTime(2027, 3, 16, 19, 0), Recurrence.Weekly(IsoDayOfWeek.Tuesday)) },
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public void Export_ExpandsToTheSameInstantsAsOccurrences(string name, string zone, MeetingSchedule schedule)
    {
        _ = name;
        var series = new IcsSeries("m@studybot", "Study", null, null, null, schedule, zone, Duration.FromHours(1), [], []);

        var calendar = IcalCalendar.Load(IcsExport.Create("Study", [series], Instant.FromUtc(2027, 1, 1, 0, 0)))!;

        IcsAssert.ExpandsLikeOccurrences(calendar, schedule, zone, 60);
    }

    [Fact]
    public void Export_WithAFixedOffset_WritesItsOwnTimeZone()
    {
        var schedule = new MeetingSchedule(new LocalDateTime(2027, 3, 1, 19, 0), Recurrence.Weekly(IsoDayOfWeek.Monday), count: 2);
        var series = new IcsSeries("m@studybot", "Study", null, null, null, schedule, "UTC+02:00", Duration.FromHours(1), [], []);

        var ics = IcsExport.Create("Study", [series], Instant.FromUtc(2027, 1, 1, 0, 0));

        Assert.Contains("DTSTART;TZID=\"UTC+02:00\":20270301T190000", ics, StringComparison.Ordinal);
        var zone = Assert.Single(IcalCalendar.Load(ics)!.TimeZones);
        Assert.Equal("UTC+02:00", zone.TzId);
        Assert.DoesNotContain("X-LIC-LOCATION", ics, StringComparison.Ordinal);
        var standard = Assert.Single(zone.TimeZoneInfos);
        Assert.Equal(TimeSpan.FromHours(2), standard.OffsetTo!.Offset);
        Assert.Equal([Instant.FromUtc(2027, 3, 1, 17, 0), Instant.FromUtc(2027, 3, 8, 17, 0)], IcsAssert.Expand(IcalCalendar.Load(ics)!, 5));
    }
}
