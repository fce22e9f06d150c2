using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

/// <summary>Properties checked over every weekly rule (all 127 day sets, intervals 1 to 4) and every monthly rule (every 1, 2, 3 and 12 months).</summary>
public sealed class RecurrencePropertyTests
{
    private static readonly LocalDate FirstDate = new(2027, 3, 17);

    private static IEnumerable<Recurrence> AllRules()
    {
        for (var mask = 1; mask < 128; mask++)
        {
            var days = Weekdays.All.Where(d => (mask & (1 << ((int)d - 1))) != 0).ToArray();
            for (var interval = 1; interval <= 4; interval++)
            {
                yield return Recurrence.Weekly(days, interval);
            }
        }

        foreach (var months in new[] { 1, 2, 3, 12 })
        {
            foreach (var day in Weekdays.All)
            {
                foreach (var week in new[] { 1, 2, 3, 4, -1, -2, -3, -4 })
                {
                    yield return Recurrence.MonthlyByWeekday(week, day, months);
                }
            }

            for (var day = 1; day <= 31; day++)
            {
                yield return Recurrence.MonthlyByDay(day, months);
            }
        }
    }

    private static List<Occurrence> Expand(Recurrence rule) =>
        Occurrences.From(new MeetingSchedule(FirstDate + new LocalTime(19, 0), rule, count: 60), DateTimeZone.Utc, Instant.MinValue).ToList();

    [Fact]
    public void EveryRule_RoundTripsThroughStorageAndThroughItsDescription()
    {
        foreach (var rule in AllRules())
        {
            Assert.Equal(rule, ResultAssert.Ok(Recurrence.FromStorage(rule.ToStorage())));
            Assert.Equal(rule, ResultAssert.Ok(RepeatParser.Parse(rule.Describe(), FirstDate)));
        }
    }

    [Fact]
    public void EveryRule_MeetsOnlyOnItsDaysInOrderAndNeverCloserThanItsShortestGap()
    {
        foreach (var rule in AllRules())
        {
            var found = Expand(rule);

            Assert.Equal(60, found.Count);
            Assert.Equal(Enumerable.Range(0, 60), found.Select(o => o.Index));
            Assert.True(found[0].Local.Date >= FirstDate, rule.Describe());
            for (var i = 1; i < found.Count; i++)
            {
                Assert.True(found[i].Start - found[i - 1].Start >= rule.ShortestGap(), $"{rule}: {found[i - 1].Local} then {found[i].Local}");
            }

            Assert.All(found, o => Assert.True(Matches(rule, o.Local.Date), $"{rule} met on {o.Local.Date}"));
        }
    }

    [Fact]
    public void WeeklyRules_MeetOnEveryChosenDayOfEveryNthWeek()
    {
        foreach (var rule in AllRules().Where(r => r.Kind == RecurrenceKind.Weekly))
        {
            var found = Expand(rule).Select(o => o.Local.Date).ToHashSet();
            var last = found.Max();
            var monday = FirstDate.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
            for (var date = FirstDate; date <= last; date = date.PlusDays(1))
            {
                var week = Period.Between(monday, date, PeriodUnits.Days).Days / 7;
                var expected = rule.MeetsOn(date.DayOfWeek) && week % rule.IntervalWeeks == 0;
                Assert.True(expected == found.Contains(date), $"{rule} on {date}");
            }
        }
    }

    private static bool Matches(Recurrence rule, LocalDate date) => rule.Kind switch
    {
        RecurrenceKind.Weekly => rule.MeetsOn(date.DayOfWeek),
        RecurrenceKind.MonthlyByWeekday => InMonthOfInterval(rule, date) && date.DayOfWeek == rule.Weekday && (rule.WeekOfMonth < 0
            ? date.PlusWeeks(-rule.WeekOfMonth).Month != date.Month && date.PlusWeeks(-rule.WeekOfMonth - 1).Month == date.Month
            : (date.Day - 1) / 7 == rule.WeekOfMonth - 1),
        RecurrenceKind.MonthlyByDay => InMonthOfInterval(rule, date) && date.Day == rule.DayOfMonth,
        _ => false,
    };

    // Every Nth month counted from the first meeting's month.
    private static bool InMonthOfInterval(Recurrence rule, LocalDate date) =>
        ((((date.Year - FirstDate.Year) * 12) + date.Month - FirstDate.Month) % rule.IntervalMonths) == 0;
}
