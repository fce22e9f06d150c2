using Ical.Net.CalendarComponents;
using NodaTime;
using StudyBot.Application.Calendar;
using StudyBot.Core.Meetings;
using IcalCalendar = Ical.Net.Calendar;

namespace StudyBot.Application.Tests.Calendar;

public sealed class IcsExportTests
{
    private static readonly Instant Stamp = Instant.FromUtc(2027, 1, 1, 12, 0);

    private static IcsSeries Series(
        MeetingSchedule schedule,
        string zone = "Europe/Berlin",
        IReadOnlyList<LocalDateTime>? excluded = null,
        IReadOnlyList<IcsMove>? moves = null,
        string uid = "meeting-1@studybot") =>
        new(uid, "Algorithms", "Chapter 3, graphs; bring questions\nand snacks", "Library room 2", "https://meet.example/algo",
            schedule, zone, Duration.FromMinutes(90), excluded ?? [], moves ?? []);

    private static MeetingSchedule WeeklyTuesday(int? count = null, LocalDate? until = null) =>
        new(new LocalDateTime(2027, 3, 16, 19, 0), Recurrence.Weekly(IsoDayOfWeek.Tuesday), until, count);

    private static IcalCalendar Load(string ics) => IcalCalendar.Load(ics) ?? throw new InvalidOperationException("Not a calendar.");

    [Fact]
    public void Create_WritesTheCalendarHeader()
    {
        var ics = IcsExport.Create("Algo Club meetings", [Series(WeeklyTuesday(count: 3))], Stamp);

        var calendar = Load(ics);
        Assert.Equal("-//StudyBot//StudyBot//EN", calendar.ProductId);
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal("Algo Club meetings", calendar.Properties["X-WR-CALNAME"]?.Value);
        Assert.Equal("Europe/Berlin", Assert.Single(calendar.TimeZones).TzId);
        Assert.Contains("\r\n", ics, StringComparison.Ordinal);
        Assert.True(ics.IndexOf("BEGIN:VTIMEZONE", StringComparison.Ordinal) < ics.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal), "VTIMEZONE comes first");
    }

    [Fact]
    public void Create_WritesTheEventsDetails()
    {
        var calendarEvent = Assert.Single(Load(IcsExport.Create("Algo", [Series(WeeklyTuesday(count: 3))], Stamp)).Events);

        Assert.Equal("meeting-1@studybot", calendarEvent.Uid);
        Assert.Equal("Algorithms", calendarEvent.Summary);
        Assert.Equal("Chapter 3, graphs; bring questions\nand snacks\n\nLink: https://meet.example/algo", calendarEvent.Description);
        Assert.Equal("Library room 2", calendarEvent.Location);
        Assert.Equal(new Uri("https://meet.example/algo"), calendarEvent.Url);
        Assert.Equal("Europe/Berlin", calendarEvent.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 3, 16, 19, 0, 0, DateTimeKind.Unspecified), calendarEvent.DtStart.Value);
        Assert.Equal(TimeSpan.FromMinutes(90), calendarEvent.Duration!.Value.ToTimeSpanUnspecified());
        Assert.Equal(new DateTime(2027, 1, 1, 12, 0, 0, DateTimeKind.Utc), calendarEvent.DtStamp!.AsUtc);
        Assert.Equal("FREQ=WEEKLY;COUNT=3;BYDAY=TU", calendarEvent.RecurrenceRule!.ToString());
    }

    [Fact]
    public void Create_WithoutLocation_UsesTheLinkAsLocation()
    {
        var series = Series(WeeklyTuesday(count: 1)) with { Location = null, Description = null };

        var calendarEvent = Assert.Single(Load(IcsExport.Create("Algo", [series], Stamp)).Events);

        Assert.Equal("https://meet.example/algo", calendarEvent.Location);
        Assert.Equal("Link: https://meet.example/algo", calendarEvent.Description);
    }

    [Fact]
    public void Create_WritesUntilAsTheLastMeetingsInstantInUtc()
    {
        // The last meeting itself (inclusive) rather than the end of its day: an app that reads a local time in a
        // clock change its own way can then neither lose the last meeting nor gain one the next day.
        var ics = IcsExport.Create("Algo", [Series(WeeklyTuesday(until: new LocalDate(2027, 3, 30)))], Stamp);

        Assert.Contains("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T170000Z", ics, StringComparison.Ordinal);
        Assert.Equal(3, IcsAssert.Expand(Load(ics), 10).Count);
    }

    [Fact]
    public void Create_BerlinWeeklyTuesdayAcrossSpringChange_ExpandsTo1900Local()
    {
        var ics = IcsExport.Create("Algo", [Series(WeeklyTuesday(count: 3))], Stamp);

        Assert.Equal(
            [Instant.FromUtc(2027, 3, 16, 18, 0), Instant.FromUtc(2027, 3, 23, 18, 0), Instant.FromUtc(2027, 3, 30, 17, 0)],
            IcsAssert.Expand(Load(ics), 10));
    }

    [Fact]
    public void Create_IsTheSameForTheSameInput()
    {
        var series = Series(WeeklyTuesday(count: 3), moves: [new IcsMove(new LocalDateTime(2027, 3, 23, 19, 0), new LocalDateTime(2027, 3, 24, 18, 0))]);

        Assert.Equal(IcsExport.Create("Algo", [series], Stamp), IcsExport.Create("Algo", [series], Stamp));
    }

    [Fact]
    public void Create_ExcludedMeetings_BecomeExdates()
    {
        var skipped = new LocalDateTime(2027, 3, 23, 19, 0);

        var ics = IcsExport.Create("Algo", [Series(WeeklyTuesday(count: 3), excluded: [skipped])], Stamp);

        Assert.Contains("EXDATE;TZID=Europe/Berlin:20270323T190000", ics, StringComparison.Ordinal);
        Assert.Equal([Instant.FromUtc(2027, 3, 16, 18, 0), Instant.FromUtc(2027, 3, 30, 17, 0)], IcsAssert.Expand(Load(ics), 10));
    }

    [Fact]
    public void Create_MovedMeetings_BecomeRecurrenceIdOverrides()
    {
        var move = new IcsMove(new LocalDateTime(2027, 3, 23, 19, 0), new LocalDateTime(2027, 3, 24, 18, 30));

        var calendar = Load(IcsExport.Create("Algo", [Series(WeeklyTuesday(count: 3), moves: [move])], Stamp));

        var overrides = calendar.Events.Where(e => e.RecurrenceIdentifier is not null).ToList();
        var moved = Assert.Single(overrides);
        Assert.Equal("meeting-1@studybot", moved.Uid);
        Assert.Equal(new DateTime(2027, 3, 23, 19, 0, 0, DateTimeKind.Unspecified), moved.RecurrenceIdentifier!.StartTime.Value);
        Assert.Equal("Algorithms", moved.Summary);
        Assert.Equal(
            [Instant.FromUtc(2027, 3, 16, 18, 0), Instant.FromUtc(2027, 3, 24, 17, 30), Instant.FromUtc(2027, 3, 30, 17, 0)],
            IcsAssert.Expand(calendar, 10));
    }

    [Fact]
    public void Create_AMoveOfACancelledMeeting_IsLeftOut()
    {
        var original = new LocalDateTime(2027, 3, 23, 19, 0);
        var series = Series(WeeklyTuesday(count: 3), excluded: [original], moves: [new IcsMove(original, original.PlusDays(1))]);

        var calendar = Load(IcsExport.Create("Algo", [series], Stamp));

        Assert.Single(calendar.Events);
        Assert.Equal(2, IcsAssert.Expand(calendar, 10).Count);
    }

    [Fact]
    public void Create_OneOffMeeting_HasNoRule()
    {
        var once = new MeetingSchedule(new LocalDateTime(2027, 5, 4, 18, 0), Recurrence.Once);

        var calendarEvent = Assert.Single(Load(IcsExport.Create("Algo", [Series(once)], Stamp)).Events);

        Assert.Null(calendarEvent.RecurrenceRule);
        Assert.Equal(new DateTime(2027, 5, 4, 18, 0, 0, DateTimeKind.Unspecified), calendarEvent.DtStart!.Value);
    }

    [Fact]
    public void Create_MovedOneOffMeeting_StartsAtItsNewTime()
    {
        var start = new LocalDateTime(2027, 5, 4, 18, 0);
        var series = Series(new MeetingSchedule(start, Recurrence.Once), moves: [new IcsMove(start, start.PlusHours(1))]);

        var calendarEvent = Assert.Single(Load(IcsExport.Create("Algo", [series], Stamp)).Events);

        Assert.Equal(new DateTime(2027, 5, 4, 19, 0, 0, DateTimeKind.Unspecified), calendarEvent.DtStart!.Value);
    }

    [Fact]
    public void Create_CancelledOneOffMeeting_IsLeftOut()
    {
        var start = new LocalDateTime(2027, 5, 4, 18, 0);

        var calendar = Load(IcsExport.Create("Algo", [Series(new MeetingSchedule(start, Recurrence.Once), excluded: [start])], Stamp));

        Assert.Empty(calendar.Events);
        Assert.Empty(calendar.TimeZones);
    }

    [Fact]
    public void Create_SeveralSeries_ShareOneTimeZonePerZone()
    {
        var series = new[]
        {
            Series(WeeklyTuesday(count: 2), uid: "meeting-1@studybot"),
            Series(WeeklyTuesday(count: 2), uid: "meeting-2@studybot"),
            Series(WeeklyTuesday(count: 2), zone: "America/New_York", uid: "meeting-3@studybot"),
        };

        var calendar = Load(IcsExport.Create("Algo", series, Stamp));

        Assert.Equal(["meeting-1@studybot", "meeting-2@studybot", "meeting-3@studybot"], calendar.Events.Select(e => e.Uid));
        Assert.Equal(["America/New_York", "Europe/Berlin"], calendar.TimeZones.Select(z => z.TzId));
    }
}
