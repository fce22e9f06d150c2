using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

/// <summary>The dates of the monthly forms of issue 11: from the end of the month, and every N months.</summary>
public sealed class OccurrencesMonthlyFormsTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    [Fact]
    public void SecondLastFriday_IsAWeekBeforeTheLastOne()
    {
        var schedule = new MeetingSchedule(new LocalDateTime(2027, 1, 1, 19, 0), Recurrence.MonthlyByWeekday(-2, IsoDayOfWeek.Friday));

        var dates = Occurrences.From(schedule, Berlin, Instant.MinValue).Take(4).Select(o => o.Local.Date);

        // Last Fridays: 29 Jan, 26 Feb, 26 Mar, 30 Apr 2027.
        Assert.Equal([new(2027, 1, 22), new(2027, 2, 19), new(2027, 3, 19), new(2027, 4, 23)], dates);
    }

    [Fact]
    public void EveryTwoMonths_CountsFromTheFirstMeetingsMonth_AndSkipsMonthsWithoutTheDay()
    {
        var schedule = new MeetingSchedule(new LocalDateTime(2027, 1, 31, 19, 0), Recurrence.MonthlyByDay(31, 2));

        var dates = Occurrences.From(schedule, Berlin, Instant.MinValue).Take(5).Select(o => o.Local.Date);

        // March, May and July have a 31st; September and November do not, so January 2028 follows July.
        Assert.Equal([new(2027, 1, 31), new(2027, 3, 31), new(2027, 5, 31), new(2027, 7, 31), new(2028, 1, 31)], dates);
    }

    [Fact]
    public void EveryTwoMonths_GapIsAtLeastFiftySixDaysForReminders() =>
        Assert.Equal(Duration.FromDays(56), Recurrence.MonthlyByDay(15, 2).ShortestGap());
}
