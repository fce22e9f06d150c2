using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

public sealed class OccurrencesTests
{
    private static readonly DateTimeZone Utc = DateTimeZone.Utc;
    private static readonly LocalTime Seven = new(19, 0);

    private static List<LocalDateTime> Locals(MeetingSchedule schedule, int take = 100) =>
        Occurrences.From(schedule, Utc, Instant.MinValue).Take(take).Select(o => o.Local).ToList();

    private static LocalDateTime At(int year, int month, int day) => new LocalDate(year, month, day) + Seven;

    [Fact]
    public void Once_HasExactlyTheFirstStart()
    {
        var schedule = new MeetingSchedule(At(2027, 3, 16), Recurrence.Once);

        Assert.Equal([At(2027, 3, 16)], Locals(schedule));
    }

    [Fact]
    public void Weekly_StartsOnTheFirstChosenDayOnOrAfterTheFirstDate()
    {
        // 2027-03-17 is a Wednesday: the first meeting is Thursday, then Tuesday and Thursday each week.
        var schedule = new MeetingSchedule(At(2027, 3, 17), Recurrence.Weekly([IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday]));

        Assert.Equal([At(2027, 3, 18), At(2027, 3, 23), At(2027, 3, 25), At(2027, 3, 30)], Locals(schedule, 4));
    }

    [Fact]
    public void Weekly_IncludesTheFirstDateWhenItIsAChosenDay()
    {
        var schedule = new MeetingSchedule(At(2027, 3, 16), Recurrence.Weekly(IsoDayOfWeek.Tuesday));

        Assert.Equal([At(2027, 3, 16), At(2027, 3, 23), At(2027, 3, 30)], Locals(schedule, 3));
    }

    [Fact]
    public void EveryTwoWeeks_CountsWeeksFromTheMondayOfTheFirstStart()
    {
        // First start Wed 2027-03-17; its week began Mon 2027-03-15, so that week's Monday is before the start
        // and the next Monday in the series is two weeks later, 2027-03-29; Wednesday meets in the first week.
        var schedule = new MeetingSchedule(At(2027, 3, 17), Recurrence.Weekly([IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday], 2));

        Assert.Equal([At(2027, 3, 17), At(2027, 3, 29), At(2027, 3, 31), At(2027, 4, 12)], Locals(schedule, 4));
    }

    [Fact]
    public void MonthlyByWeekday_FindsTheNthWeekdayOfEachMonth()
    {
        var schedule = new MeetingSchedule(At(2027, 1, 1), Recurrence.MonthlyByWeekday(3, IsoDayOfWeek.Tuesday));

        Assert.Equal([At(2027, 1, 19), At(2027, 2, 16), At(2027, 3, 16), At(2027, 4, 20)], Locals(schedule, 4));
    }

    [Fact]
    public void MonthlyByWeekday_First_CanBeTheFirstOfTheMonth()
    {
        var schedule = new MeetingSchedule(At(2027, 1, 1), Recurrence.MonthlyByWeekday(1, IsoDayOfWeek.Monday));

        Assert.Equal([At(2027, 1, 4), At(2027, 2, 1), At(2027, 3, 1)], Locals(schedule, 3));
    }

    [Fact]
    public void MonthlyByWeekday_Last_FindsTheLastWeekdayOfEachMonth()
    {
        var schedule = new MeetingSchedule(At(2027, 1, 1), Recurrence.MonthlyByWeekday(-1, IsoDayOfWeek.Friday));

        Assert.Equal([At(2027, 1, 29), At(2027, 2, 26), At(2027, 3, 26), At(2027, 4, 30)], Locals(schedule, 4));
    }

    [Fact]
    public void MonthlyByWeekday_SkipsThisMonthWhenItsDayIsBeforeTheFirstStart()
    {
        var schedule = new MeetingSchedule(At(2027, 1, 20), Recurrence.MonthlyByWeekday(3, IsoDayOfWeek.Tuesday));

        Assert.Equal(At(2027, 2, 16), Locals(schedule, 1)[0]);
    }

    [Fact]
    public void MonthlyByDay_SkipsMonthsWithoutThatDay()
    {
        var schedule = new MeetingSchedule(At(2027, 1, 1), Recurrence.MonthlyByDay(31));

        Assert.Equal([At(2027, 1, 31), At(2027, 3, 31), At(2027, 5, 31), At(2027, 7, 31), At(2027, 8, 31)], Locals(schedule, 5));
    }

    [Fact]
    public void MonthlyByDay_29_MeetsInFebruaryOnlyInLeapYears()
    {
        var schedule = new MeetingSchedule(At(2027, 1, 1), Recurrence.MonthlyByDay(29), until: new LocalDate(2028, 3, 1));

        var februaries = Locals(schedule).Where(l => l.Month == 2).ToList();

        Assert.Equal([At(2028, 2, 29)], februaries);
    }

    [Fact]
    public void Until_IsInclusiveOfItsDate()
    {
        var schedule = new MeetingSchedule(At(2027, 3, 16), Recurrence.Weekly(IsoDayOfWeek.Tuesday), until: new LocalDate(2027, 3, 30));

        Assert.Equal([At(2027, 3, 16), At(2027, 3, 23), At(2027, 3, 30)], Locals(schedule));
    }

    [Fact]
    public void Count_LimitsTheTotalNumberOfMeetings()
    {
        var schedule = new MeetingSchedule(At(2027, 3, 16), Recurrence.Weekly([IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday]), count: 3);

        Assert.Equal([At(2027, 3, 16), At(2027, 3, 18), At(2027, 3, 23)], Locals(schedule));
    }

    [Fact]
    public void From_SkipsEarlierMeetingsButKeepsTheirIndexes()
    {
        var schedule = new MeetingSchedule(At(2027, 3, 16), Recurrence.Weekly(IsoDayOfWeek.Tuesday), count: 4);
        var from = Instant.FromUtc(2027, 3, 23, 19, 0);

        var found = Occurrences.From(schedule, Utc, from).ToList();

        Assert.Equal([1, 2, 3], found.Select(o => o.Index));
        Assert.Equal(from, found[0].Start);
    }

    [Fact]
    public void From_IsLazyForEndlessSeries()
    {
        var schedule = new MeetingSchedule(At(2027, 3, 16), Recurrence.Weekly(Weekdays.All));

        Assert.Equal(1000, Occurrences.From(schedule, Utc, Instant.MinValue).Take(1000).Count());
    }

    [Fact]
    public void From_AfterTheLastMeeting_IsEmpty()
    {
        var schedule = new MeetingSchedule(At(2027, 3, 16), Recurrence.Weekly(IsoDayOfWeek.Tuesday), count: 2);

        Assert.Empty(Occurrences.From(schedule, Utc, Instant.FromUtc(2027, 3, 24, 0, 0)));
        Assert.Null(Occurrences.Next(schedule, Utc, Instant.FromUtc(2027, 3, 24, 0, 0)));
    }

    [Fact]
    public void OnDate_FindsTheMeetingOfThatDayOrNothing()
    {
        var schedule = new MeetingSchedule(At(2027, 3, 16), Recurrence.Weekly(IsoDayOfWeek.Tuesday));

        Assert.Equal(new Occurrence(2, At(2027, 3, 30), Instant.FromUtc(2027, 3, 30, 19, 0)), Occurrences.OnDate(schedule, Utc, new LocalDate(2027, 3, 30)));
        Assert.Null(Occurrences.OnDate(schedule, Utc, new LocalDate(2027, 3, 31)));
        Assert.Null(Occurrences.OnDate(schedule, Utc, new LocalDate(2027, 3, 9)));
    }

    [Fact]
    public void Schedule_RefusesBothUntilAndCount() =>
        ResultAssert.Fails(
            MeetingSchedule.Create(At(2027, 3, 16), Recurrence.Weekly(IsoDayOfWeek.Tuesday), new LocalDate(2027, 4, 1), 3),
            "Give either an end date or a number of meetings, not both.");

    [Fact]
    public void Schedule_RefusesAnEndBeforeTheFirstMeeting() =>
        ResultAssert.Fails(
            MeetingSchedule.Create(At(2027, 3, 16), Recurrence.Weekly(IsoDayOfWeek.Tuesday), until: new LocalDate(2027, 3, 1)),
            "The end date 2027-03-01 is before the first meeting on 2027-03-16; give a later end date.");

    [Fact]
    public void Schedule_RefusesACountBelowOne()
    {
        ResultAssert.Fails(
            MeetingSchedule.Create(At(2027, 3, 16), Recurrence.Weekly(IsoDayOfWeek.Tuesday), count: 0),
            "The number of meetings must be from 1 to 1000; `0` is out of range.");
        Assert.Throws<ArgumentException>(() => new MeetingSchedule(At(2027, 3, 16), Recurrence.Once, count: 0));
    }
}
