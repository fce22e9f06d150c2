using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

public sealed class RepeatParserTests
{
    // A Tuesday, and the third Tuesday of December 2026.
    private static readonly LocalDate FirstDate = new(2026, 12, 15);

    private const string Forms =
        "`once`, `every tue,thu`, `every weekday`, `daily`, `weekly`, `every 2 weeks on mon`, `monthly on 3rd tue`, `monthly on last fri` or `monthly on day 15`";

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
    [InlineData("monthly", "Say which day of the month, such as `monthly on the 3rd tue` or `monthly on day 15`.")]
    [InlineData("sometimes", "Unknown repeat `sometimes`. Use " + Forms + ".")]
    [InlineData("every foo", "Unknown repeat `every foo`. Use " + Forms + ".")]
    [InlineData("every 2 months", "Unknown repeat `every 2 months`. Use " + Forms + ".")]
    [InlineData("every", "Unknown repeat `every`. Use " + Forms + ".")]
    public void BadInput_SaysWhatToTypeInstead(string text, string error) =>
        ResultAssert.Fails(RepeatParser.Parse(text, FirstDate), error);

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
    public void Describe_OfAParsedRule_ParsesBackToTheSameRule(string text)
    {
        var rule = Parse(text);

        Assert.Equal(rule, Parse(rule.Describe()));
    }
}
