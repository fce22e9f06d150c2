using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

public sealed class RepeatParserTests
{
    // A Tuesday, and the third Tuesday of December 2026.
    private static readonly LocalDate FirstDate = new(2026, 12, 15);

    private const string Forms =
        "`once`, `every tue,thu`, `weekdays`, `daily`, `weekly`, `every 2 weeks on mon`, `monthly on 3rd tue`, `monthly on 2nd last fri`, `monthly on day 15` or `every 2 months on day 15`";

    private static Recurrence Parse(string text) => ResultAssert.Ok(RepeatParser.Parse(text, FirstDate));

    [Theory]
    [InlineData("")]
    [InlineData("once")]
    [InlineData("None")]
    [InlineData("never")]
    public void NoRepeat_IsOnce(string text) => Assert.Equal(Recurrence.Once, Parse(text));

    [Theory]
    [InlineData("every tue,thu")]
    [InlineData("every tue, thu")]
    [InlineData("every tue and thu")]
    [InlineData("every Tuesday & Thursday")]
    [InlineData("every tuesdays and thursdays")]
    [InlineData("tue,thu")]
    [InlineData("weekly on tue thu")]
    public void DayLists_AreWeeklyOnThoseDays(string text) =>
        Assert.Equal(Recurrence.Weekly([IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday]), Parse(text));

    [Theory]
    [InlineData("weekly")]
    [InlineData("every week")]
    [InlineData("every tue")]
    [InlineData("every 1 week")]
    public void Weekly_WithoutDays_UsesTheFirstMeetingsWeekday(string text) =>
        Assert.Equal(Recurrence.Weekly(IsoDayOfWeek.Tuesday), Parse(text));

    [Theory]
    [InlineData("daily")]
    [InlineData("every day")]
    public void Daily_IsEveryDayOfTheWeek(string text) => Assert.Equal(Recurrence.Weekly(Weekdays.All), Parse(text));

    [Fact]
    public void EveryWeekday_IsMondayToFriday() => Assert.Equal(Recurrence.Weekly(Weekdays.WorkDays), Parse("every weekday"));

    [Theory]
    [InlineData("every 2 weeks on mon", 2, new[] { IsoDayOfWeek.Monday })]
    [InlineData("every 2 weeks on mon,wed", 2, new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday })]
    [InlineData("every 2 weeks", 2, new[] { IsoDayOfWeek.Tuesday })]
    [InlineData("biweekly on fri", 2, new[] { IsoDayOfWeek.Friday })]
    [InlineData("fortnightly", 2, new[] { IsoDayOfWeek.Tuesday })]
    [InlineData("every other week on fri", 2, new[] { IsoDayOfWeek.Friday })]
    [InlineData("every 52 weeks on sun", 52, new[] { IsoDayOfWeek.Sunday })]
    public void EveryNWeeks_KeepsTheInterval(string text, int interval, IsoDayOfWeek[] days) =>
        Assert.Equal(Recurrence.Weekly(days, interval), Parse(text));

    [Theory]
    [InlineData("monthly on 3rd tue", 3, IsoDayOfWeek.Tuesday)]
    [InlineData("monthly on the 3rd Tuesday", 3, IsoDayOfWeek.Tuesday)]
    [InlineData("every month on the third tue", 3, IsoDayOfWeek.Tuesday)]
    [InlineData("monthly on the 3rd tue of the month", 3, IsoDayOfWeek.Tuesday)]
    [InlineData("monthly on the 1st mon", 1, IsoDayOfWeek.Monday)]
    [InlineData("monthly on first monday", 1, IsoDayOfWeek.Monday)]
    [InlineData("monthly on last fri", -1, IsoDayOfWeek.Friday)]
    [InlineData("monthly on the last friday", -1, IsoDayOfWeek.Friday)]
    public void MonthlyOnAWeekday_ReadsTheWeekOfTheMonth(string text, int week, IsoDayOfWeek day) =>
        Assert.Equal(Recurrence.MonthlyByWeekday(week, day), Parse(text));

    [Theory]
    [InlineData("monthly on day 15")]
    [InlineData("monthly on the 15th")]
    [InlineData("every month on day 15")]
    public void MonthlyOnADay_ReadsTheDayOfTheMonth(string text) => Assert.Equal(Recurrence.MonthlyByDay(15), Parse(text));

    [Theory]
    [InlineData("every tus", "Unknown weekday `tus`. Did you mean `tue`?")]
    [InlineData("every tue,tus", "Unknown weekday `tus`. Did you mean `tue`?")]
    [InlineData("monthly on 3rd tus", "Unknown weekday `tus`. Did you mean `tue`?")]
    [InlineData("monthly on 3rd xyzzy", "Unknown weekday `xyzzy`. Use mon, tue, wed, thu, fri, sat or sun.")]
    [InlineData("every 0 weeks", "Use every 1 to 52 weeks; `every 0 weeks` is out of range.")]
    [InlineData("every 53 weeks on mon", "Use every 1 to 52 weeks; `every 53 weeks` is out of range.")]
    [InlineData("every 2 weeks on", "Say which days after `on`, such as `every 2 weeks on mon,wed`.")]
    [InlineData("monthly on 5th tue", "Not every month has a 5th tue: use 1st to 4th or last, such as `monthly on last tue`.")]
    [InlineData("monthly on 0th tue", "`0th` is not a week of the month: use 1st to 4th or last, such as `monthly on 3rd tue`.")]
    [InlineData("monthly on day 0", "`0` is not a day of the month: use 1 to 31, such as `monthly on day 15`.")]
    [InlineData("monthly on day 32", "`32` is not a day of the month: use 1 to 31, such as `monthly on day 15`.")]
    [InlineData("monthly on the 32nd", "`32nd` is not a day of the month: use 1 to 31, such as `monthly on day 15`.")]
    [InlineData("sometimes", "Unknown repeat `sometimes`. Use " + Forms + ".")]
    [InlineData("every foo", "Unknown repeat `every foo`. Use " + Forms + ".")]
    [InlineData("every 13 months on day 1", "Use every 1 to 12 months; `every 13 months` is out of range.")]
    [InlineData("every 0 months on day 1", "Use every 1 to 12 months; `every 0 months` is out of range.")]
    [InlineData("monthly on 5th last fri", "`5th last` is not a week of the month: use last, 2nd last, 3rd last or 4th last, such as `monthly on 2nd last fri`.")]
    [InlineData("monthly on 2nd last fry", "Unknown weekday `fry`. Did you mean `fri`?")]
    [InlineData("every 2 months on 3rd tus", "Unknown weekday `tus`. Did you mean `tue`?")]
    [InlineData("every", "Unknown repeat `every`. Use " + Forms + ".")]
    public void BadInput_SaysWhatToTypeInstead(string text, string error) =>
        ResultAssert.Fails(RepeatParser.Parse(text, FirstDate), error);

    [Theory]
    [InlineData("monthly", 1)]
    [InlineData("every 2 months", 2)]
    [InlineData("every 3 months", 3)]
    public void BareMonthly_KeepsTheFirstMeetingsDayOfTheMonth(string text, int interval) =>
        Assert.Equal(Recurrence.MonthlyByDay(FirstDate.Day, interval), Parse(text));

    [Fact]
    public void BareMonthly_SuggestsLastWeekdayLateInTheMonth() =>
        ResultAssert.Fails(
            RepeatParser.Parse("monthly", new LocalDate(2026, 12, 29)),
            "Say which day of the month, such as `monthly on the last tue` or `monthly on day 29`.");

    [Theory]
    [InlineData("every tue,thu")]
    [InlineData("every 2 weeks on mon,wed")]
    [InlineData("monthly on the last fri")]
    [InlineData("monthly on day 15")]
    [InlineData("every weekday")]
    [InlineData("every day")]
    [InlineData("every mon,wed,fri")]
    [InlineData("weekends")]
    [InlineData("monthly on 2nd last fri")]
    [InlineData("every 2 months on day 15")]
    [InlineData("every other month on the 4th last sun")]
    public void Describe_OfAParsedRule_ParsesBackToTheSameRule(string text)
    {
        var rule = Parse(text);

        Assert.Equal(rule, Parse(rule.Describe()));
    }

    [Theory]
    [InlineData("weekdays")]
    [InlineData("Weekdays")]
    [InlineData("weekday")]
    [InlineData("every weekdays")]
    public void Weekdays_AloneIsMondayToFriday(string text) => Assert.Equal(Recurrence.Weekly(Weekdays.WorkDays), Parse(text));

    [Fact]
    public void Weekends_AloneIsSaturdayAndSunday() =>
        Assert.Equal(Recurrence.Weekly([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]), Parse("weekends"));

    [Theory]
    [InlineData("monthly on 2nd last fri", -2, 1)]
    [InlineData("monthly on the second to last friday", -2, 1)]
    [InlineData("monthly on the 2nd-to-last fri", -2, 1)]
    [InlineData("monthly on 3rd last fri", -3, 1)]
    [InlineData("every 2 months on the last fri", -1, 2)]
    [InlineData("every other month on 2nd last fri", -2, 2)]
    [InlineData("every 3 months on the 1st fri", 1, 3)]
    public void MonthlyFromTheEndAndEveryNMonths_AreRead(string text, int week, int months) =>
        Assert.Equal(Recurrence.MonthlyByWeekday(week, IsoDayOfWeek.Friday, months), Parse(text));

    [Theory]
    [InlineData("every 2 months on day 15")]
    [InlineData("every 2 months on the 15th")]
    [InlineData("every other month on day 15")]
    public void EveryNMonthsOnADay_IsRead(string text) => Assert.Equal(Recurrence.MonthlyByDay(15, 2), Parse(text));

    [Fact]
    public void Describe_WritesDayListsAsPeopleDo()
    {
        Assert.Equal("every Mon, Wed and Fri", Parse("every mon,wed,fri").Describe());
        Assert.Equal("every Tue and Thu", Parse("tue,thu").Describe());
        Assert.Equal("monthly on the 2nd last Fri", Parse("monthly on 2nd last fri").Describe());
        Assert.Equal("every 2 months on day 15", Parse("every 2 months on day 15").Describe());
    }
}
