using System.Globalization;
using NodaTime;
using NodaTime.Text;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

/// <summary>The forms of issue 11: words, French and dotted clocks, numeric dates, and zones after the time.</summary>
public sealed class StartTimeFormsTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    // Monday 2026-11-23, 18:07:30 in Berlin (17:07:30Z, 12:07:30 in New York).
    private static readonly ZonedDateTime Now = new LocalDateTime(2026, 11, 23, 18, 7, 30).InZoneStrictly(Berlin);

    [Theory]
    [InlineData("next tue 7pm", "2026-11-24T19:00")]
    [InlineData("next mon 7pm", "2026-11-30T19:00")]
    [InlineData("next Monday at 19:00", "2026-11-30T19:00")]
    [InlineData("this fri 19:00", "2026-11-27T19:00")]
    [InlineData("tonight", "2026-11-23T20:00")]
    [InlineData("tonight 9", "2026-11-23T21:00")]
    [InlineData("tonight at 8:30", "2026-11-23T20:30")]
    [InlineData("tonight 10pm", "2026-11-23T22:00")]
    [InlineData("midnight", "2026-11-24T00:00")]
    [InlineData("tue midnight", "2026-11-25T00:00")]
    [InlineData("mon midnight", "2026-11-24T00:00")]
    [InlineData("tomorrow morning", "2026-11-24T09:00")]
    [InlineData("tomorrow afternoon", "2026-11-24T15:00")]
    [InlineData("tomorrow evening", "2026-11-24T19:00")]
    [InlineData("tomorrow morning 7", "2026-11-24T07:00")]
    [InlineData("fri evening 7", "2026-11-27T19:00")]
    [InlineData("this evening", "2026-11-23T19:00")]
    [InlineData("19h", "2026-11-23T19:00")]
    [InlineData("18h30", "2026-11-23T18:30")]
    [InlineData("tue 9h", "2026-11-24T09:00")]
    [InlineData("7.30pm", "2026-11-23T19:30")]
    [InlineData("7.30 pm", "2026-11-23T19:30")]
    [InlineData("18.30", "2026-11-23T18:30")]
    [InlineData("18.00", "2026-11-24T18:00")]
    [InlineData("20.03.2027 19:00", "2027-03-20T19:00")]
    [InlineData("20.03.27 19:00", "2027-03-20T19:00")]
    [InlineData("20.03. 19:00", "2027-03-20T19:00")]
    [InlineData("20.3 7pm", "2027-03-20T19:00")]
    [InlineData("20.03 19:00", "2027-03-20T19:00")]
    [InlineData("3/20 7pm", "2027-03-20T19:00")]
    [InlineData("20/3 7pm", "2027-03-20T19:00")]
    [InlineData("3/20/2027 19:00", "2027-03-20T19:00")]
    [InlineData("3/3 18:00", "2027-03-03T18:00")]
    [InlineData("1.12. 18:00", "2026-12-01T18:00")]
    [InlineData("16 mar 2027 19:00", "2027-03-16T19:00")]
    [InlineData("Tue 16 Mar 2027 19:00 CET", "2027-03-16T19:00")]
    [InlineData("19:00 CET", "2026-11-23T19:00")]
    [InlineData("Sun 28 Mar 2027 03:30 CEST", "2027-03-28T03:30")]
    public void Read_AcceptsTheForm_AtTheExactLocalTimeInTheGroupsZone(string text, string expected)
    {
        var read = ResultAssert.Ok(StartTimeParser.Read(text, Now));

        Assert.Equal(Local(expected), read.Local);
        Assert.Null(read.AsTyped);
    }

    [Theory]
    [InlineData("7pm EST", "2026-11-24T01:00", "America/New_York", "2026-11-23T19:00")]
    [InlineData("7pm est", "2026-11-24T01:00", "America/New_York", "2026-11-23T19:00")]
    [InlineData("7pm America/New_York", "2026-11-24T01:00", "America/New_York", "2026-11-23T19:00")]
    [InlineData("9am new york", "2026-11-24T15:00", "America/New_York", "2026-11-24T09:00")]
    [InlineData("tue 7pm EST", "2026-11-25T01:00", "America/New_York", "2026-11-24T19:00")]
    [InlineData("18:00 UTC+2", "2026-11-24T17:00", "UTC+02", "2026-11-24T18:00")]
    [InlineData("18:00 utc", "2026-11-23T19:00", "UTC", "2026-11-23T18:00")]
    [InlineData("tomorrow 9am JST", "2026-11-25T01:00", "Asia/Tokyo", "2026-11-25T09:00")]
    [InlineData("2027-03-10 19:00 EST", "2027-03-11T01:00", "America/New_York", "2027-03-10T19:00")]
    public void Read_WithAZone_ConvertsToTheGroupsZoneAndSaysWhereItWasTyped(string text, string expected, string typedZone, string typedLocal)
    {
        var read = ResultAssert.Ok(StartTimeParser.Read(text, Now));

        Assert.Equal(Local(expected), read.Local);
        Assert.NotNull(read.AsTyped);
        Assert.Equal(typedZone, read.AsTyped!.Value.Zone.Id);
        Assert.Equal(Local(typedLocal), read.AsTyped.Value.LocalDateTime);
    }

    [Theory]
    // New York is on EST (-5) and Berlin on CET (+1): six hours apart.
    [InlineData("2027-03-10 19:00 EST", "2027-03-11T00:00:00Z")]
    // New York moved to EDT on 14 March, Berlin waits until 28 March: five hours apart.
    [InlineData("2027-03-17 19:00 EST", "2027-03-17T23:00:00Z")]
    // Both on summer time again: six hours apart, and "EST" still means New York's clock (EDT).
    [InlineData("2027-03-31 19:00 EST", "2027-03-31T23:00:00Z")]
    // 02:30 does not exist in New York on 14 March; like a calendar, it moves forward by the gap.
    [InlineData("2027-03-14 02:30 EST", "2027-03-14T07:30:00Z")]
    public void Read_WithAZone_GivesTheExactInstantAcrossDaylightSavingChanges(string text, string instant)
    {
        var read = ResultAssert.Ok(StartTimeParser.Read(text, Now));

        var expected = InstantPattern.ExtendedIso.Parse(instant).Value;
        Assert.Equal(expected, Occurrences.Resolve(read.Local, Berlin));
        Assert.Equal(expected, read.AsTyped!.Value.ToInstant());
    }

    [Fact]
    public void Read_EstInSummer_ShowsTheTimeAsNewYorkKeepsIt()
    {
        var read = ResultAssert.Ok(StartTimeParser.Read("2027-07-06 19:00 EST", Now));

        Assert.Equal("EDT", read.AsTyped!.Value.GetZoneInterval().Name);
        Assert.Equal(new LocalDateTime(2027, 7, 7, 1, 0), read.Local);
    }

    [Theory]
    [InlineData("3/4 19:00", "`3/4` could be 3 April or 4 March. Type `apr 3` or `mar 4`.")]
    [InlineData("3/4/2027 19:00", "`3/4/2027` could be 3 April 2027 or 4 March 2027. Type `2027-04-03` or `2027-03-04`.")]
    [InlineData("13/13 19:00", "`13/13` is not a date: the month must be from 1 to 12. Type a date such as `20.03.2027` or `mar 20`.")]
    [InlineData("31.04.2027 19:00", "`31.04.2027` is not a date: April has no day 31. Type a date such as `20.03.2027` or `mar 20`.")]
    [InlineData("29.02.2027 19:00", "`29.02.2027` is not a date: February has no day 29. Type a date such as `20.03.2027` or `mar 20`.")]
    [InlineData("7pm IST", "`IST` is used for more than one zone: India (`Asia/Kolkata`), Israel (`Asia/Jerusalem`) or Ireland (`Europe/Dublin`). Type the zone you mean, such as `Asia/Kolkata`.")]
    [InlineData("7pm CST", "`CST` is used for more than one zone: US Central (`America/Chicago`), China (`Asia/Shanghai`) or Cuba (`America/Havana`). Type the zone you mean, such as `America/Chicago`.")]
    [InlineData("next 7pm", "Say which day after `next`, such as `next tue 19:00`.")]
    [InlineData("tonight 12", "`12` is not an hour tonight; type a time such as `tonight 8pm` or `tonight 20:00`.")]
    [InlineData("tomorrow tonight", "Give one day, not both `tomorrow` and `tonight`.")]
    [InlineData("morning evening", "Give one part of the day, not both `morning` and `evening`.")]
    [InlineData("tonigth", "Unknown word `tonigth`. Did you mean `tonight`?")]
    [InlineData("25h", "`25h` is not a time: hours run from 00 to 23.")]
    [InlineData("18h75", "`18h75` is not a time: minutes run from 00 to 59.")]
    [InlineData("wed 16 mar 2027 19:00", "`mar 16 2027` is a Tuesday, not a Wednesday; give just the date, such as `mar 16 2027 19:00`.")]
    [InlineData("18:00 7pm EST", "Give one time, not both `18:00` and `7pm`.")]
    public void Read_RefusesWithWhatWasNotUnderstoodAndAnExample(string text, string error) =>
        ResultAssert.Fails(StartTimeParser.Read(text, Now), error);

    [Fact]
    public void Read_SlashDateInAUnitedStatesGroup_ListsMonthFirstWhenAsking()
    {
        var now = Now.ToInstant().InZone(NewYork);

        ResultAssert.Fails(StartTimeParser.Read("3/4 19:00", now), "`3/4` could be 4 March or 3 April. Type `mar 4` or `apr 3`.");
        Assert.Equal(new LocalDateTime(2027, 3, 20, 19, 0), ResultAssert.Ok(StartTimeParser.Read("3/20 7pm", now)).Local);
    }

    [Theory]
    [InlineData("2027-06-30", "2027-06-30")]
    [InlineData("30.06.2027", "2027-06-30")]
    [InlineData("6/30/2027", "2027-06-30")]
    [InlineData("jun 30", "2027-06-30")]
    [InlineData("30 June 2027", "2027-06-30")]
    [InlineData("next fri", "2026-11-27")]
    [InlineData("mon", "2026-11-23")]
    [InlineData("tomorrow", "2026-11-24")]
    [InlineData("in 3 weeks", "2026-12-14")]
    [InlineData("fri 20:00 EST", "2026-11-28")]
    public void ReadDay_TakesEveryFormAStartTakes_WithOrWithoutATime(string text, string expected) =>
        Assert.Equal(LocalDatePattern.Iso.Parse(expected).Value, ResultAssert.Ok(StartTimeParser.ReadDay(text, Now)));

    [Theory]
    [InlineData("someday", "Unknown word `someday`. Type a time such as `19:00`, `7pm`, `tue 18:30`, `tomorrow 9am` or `2026-12-01 18:00`.")]
    [InlineData("3/4", "`3/4` could be 3 April or 4 March. Type `apr 3` or `mar 4`.")]
    public void ReadDay_RefusesWhatIsNoDay(string text, string error) =>
        ResultAssert.Fails(StartTimeParser.ReadDay(text, Now), error);

    private static LocalDateTime Local(string text) =>
        LocalDateTime.FromDateTime(DateTime.Parse(text, CultureInfo.InvariantCulture));
}
