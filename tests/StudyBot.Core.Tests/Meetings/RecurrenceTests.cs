using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

public sealed class RecurrenceTests
{
    private static readonly Recurrence TueThu = Recurrence.Weekly([IsoDayOfWeek.Thursday, IsoDayOfWeek.Tuesday]);
    private static readonly Recurrence EveryOtherMonday = Recurrence.Weekly(IsoDayOfWeek.Monday, 2);
    private static readonly Recurrence ThirdTuesday = Recurrence.MonthlyByWeekday(3, IsoDayOfWeek.Tuesday);
    private static readonly Recurrence LastFriday = Recurrence.MonthlyByWeekday(-1, IsoDayOfWeek.Friday);
    private static readonly Recurrence Day15 = Recurrence.MonthlyByDay(15);

    public static TheoryData<Recurrence, string, string?> Rules => new()
    {
        { Recurrence.Once, "once", null },
        { TueThu, "every Tue and Thu", "FREQ=WEEKLY;BYDAY=TU,TH" },
        { Recurrence.Weekly(Weekdays.All), "every day", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU" },
        { Recurrence.Weekly(Weekdays.WorkDays), "every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR" },
        { EveryOtherMonday, "every 2 weeks on Mon", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO" },
        { Recurrence.Weekly([IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday], 3), "every 3 weeks on Mon and Wed", "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,WE" },
        { ThirdTuesday, "monthly on the 3rd Tue", "FREQ=MONTHLY;BYDAY=3TU" },
        { Recurrence.MonthlyByWeekday(1, IsoDayOfWeek.Monday), "monthly on the 1st Mon", "FREQ=MONTHLY;BYDAY=1MO" },
        { LastFriday, "monthly on the last Fri", "FREQ=MONTHLY;BYDAY=-1FR" },
        { Day15, "monthly on day 15", "FREQ=MONTHLY;BYMONTHDAY=15" },
        { Recurrence.Weekly([IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday]), "every Mon, Wed and Fri", "FREQ=WEEKLY;BYDAY=MO,WE,FR" },
        { Recurrence.MonthlyByWeekday(-2, IsoDayOfWeek.Friday), "monthly on the 2nd last Fri", "FREQ=MONTHLY;BYDAY=-2FR" },
        { Recurrence.MonthlyByWeekday(1, IsoDayOfWeek.Monday, 2), "every 2 months on the 1st Mon", "FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO" },
        { Recurrence.MonthlyByDay(15, 3), "every 3 months on day 15", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Describe_ReadsAsPeopleSayIt(Recurrence rule, string text, string? rrule)
    {
        _ = rrule;
        Assert.Equal(text, rule.Describe());
        Assert.Equal(text, rule.ToString());
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void ToRRule_WritesTheRfc5545Value(Recurrence rule, string text, string? rrule)
    {
        _ = text;
        Assert.Equal(rrule, rule.ToRRule());
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Storage_RoundTripsToAnEqualRule(Recurrence rule, string text, string? rrule)
    {
        _ = (text, rrule);
        var stored = rule.ToStorage();

        var read = ResultAssert.Ok(Recurrence.FromStorage(stored));

        Assert.Equal(rule, read);
        Assert.Equal(rule.GetHashCode(), read.GetHashCode());
    }

    [Fact]
    public void FromStorage_AcceptsPartsInAnyOrderAndCase() =>
        Assert.Equal(EveryOtherMonday, ResultAssert.Ok(Recurrence.FromStorage("byday=mo;freq=weekly;interval=2")));

    [Theory]
    [InlineData("")]
    [InlineData("FREQ=DAILY")]
    [InlineData("FREQ=WEEKLY")]
    [InlineData("FREQ=WEEKLY;BYDAY=XX")]
    [InlineData("FREQ=WEEKLY;INTERVAL=0;BYDAY=MO")]
    [InlineData("FREQ=MONTHLY;BYDAY=5TU")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=32")]
    [InlineData("FREQ=MONTHLY;BYMONTHDAY=3;BYDAY=MO")]
    public void FromStorage_RefusesWhatItDidNotWrite(string stored) =>
        ResultAssert.Fails(Recurrence.FromStorage(stored), $"The stored repeat rule `{stored}` could not be read; schedule the meeting again.");

    [Fact]
    public void Equality_IgnoresTheOrderDaysWereGivenIn() =>
        Assert.Equal(Recurrence.Weekly([IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday]), TueThu);

    [Fact]
    public void Days_AreListedMondayFirst() =>
        Assert.Equal([IsoDayOfWeek.Tuesday, IsoDayOfWeek.Thursday], TueThu.Days);

    [Fact]
    public void ShortestGap_IsNullForOneOffMeetings() => Assert.Null(Recurrence.Once.ShortestGap());

    [Fact]
    public void ShortestGap_OfTuesdayAndThursday_IsTwoDays() => Assert.Equal(Duration.FromDays(2), TueThu.ShortestGap());

    [Fact]
    public void ShortestGap_WrapsAroundTheWeek() =>
        Assert.Equal(Duration.FromDays(1), Recurrence.Weekly([IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Sunday]).ShortestGap());

    [Fact]
    public void ShortestGap_OfEveryOtherMonday_IsFourteenDays() => Assert.Equal(Duration.FromDays(14), EveryOtherMonday.ShortestGap());

    [Fact]
    public void ShortestGap_OfMonthlyRules_IsTheShortestMonth()
    {
        Assert.Equal(Duration.FromDays(28), ThirdTuesday.ShortestGap());
        Assert.Equal(Duration.FromDays(28), Day15.ShortestGap());
    }

    [Fact]
    public void Factories_RefuseRulesThatCannotExist()
    {
        Assert.Throws<ArgumentException>(() => Recurrence.Weekly([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.Weekly(IsoDayOfWeek.Monday, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.Weekly(IsoDayOfWeek.Monday, 53));
        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.Weekly(IsoDayOfWeek.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.MonthlyByWeekday(5, IsoDayOfWeek.Monday));
        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.MonthlyByWeekday(0, IsoDayOfWeek.Monday));
        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.MonthlyByDay(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Recurrence.MonthlyByDay(32));
    }
}
