using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

public sealed class StartTimeParserTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    // Monday 2026-11-23, 18:07:30 in Berlin.
    private static readonly ZonedDateTime Now = new LocalDateTime(2026, 11, 23, 18, 7, 30).InZoneStrictly(Berlin);

    [Theory]
    [InlineData("19:00", "2026-11-23T19:00")]
    [InlineData("18:00", "2026-11-24T18:00")]
    [InlineData("18:07", "2026-11-24T18:07")]
    [InlineData("7pm", "2026-11-23T19:00")]
    [InlineData("7:30pm", "2026-11-23T19:30")]
    [InlineData("7 PM", "2026-11-23T19:00")]
    [InlineData("7 p.m.", "2026-11-23T19:00")]
    [InlineData("12pm", "2026-11-24T12:00")]
    [InlineData("12am", "2026-11-24T00:00")]
    [InlineData("noon", "2026-11-24T12:00")]
    [InlineData("tue 18:30", "2026-11-24T18:30")]
    [InlineData("Tuesday 7pm", "2026-11-24T19:00")]
    [InlineData("on tues at 7pm", "2026-11-24T19:00")]
    [InlineData("7pm tue", "2026-11-24T19:00")]
    [InlineData("mon 19:00", "2026-11-23T19:00")]
    [InlineData("mon 18:00", "2026-11-30T18:00")]
    [InlineData("sun 10am", "2026-11-29T10:00")]
    [InlineData("tomorrow 9am", "2026-11-24T09:00")]
    [InlineData("today 18:00", "2026-11-23T18:00")]
    [InlineData("2026-12-01 18:00", "2026-12-01T18:00")]
    [InlineData("2026-12-01T18:00", "2026-12-01T18:00")]
    [InlineData("2027-1-5 9:15", "2027-01-05T09:15")]
    [InlineData("dec 1 18:00", "2026-12-01T18:00")]
    [InlineData("1 dec 18:00", "2026-12-01T18:00")]
    [InlineData("1st dec 6pm", "2026-12-01T18:00")]
    [InlineData("December 1, 6pm", "2026-12-01T18:00")]
    [InlineData("jan 5 10:00", "2027-01-05T10:00")]
    [InlineData("nov 1 18:00", "2027-11-01T18:00")]
    [InlineData("in 2h", "2026-11-23T20:07")]
    [InlineData("in 90m", "2026-11-23T19:37")]
    [InlineData("in 1h30m", "2026-11-23T19:37")]
    [InlineData("in 3 days", "2026-11-26T18:07")]
    [InlineData("in 1 week", "2026-11-30T18:07")]
    [InlineData("next tue 7pm", "2026-11-24T19:00")]
    public void Parse_ReadsWhatPeopleType(string text, string expected) =>
        Assert.Equal(LocalDateTime.FromDateTime(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), ResultAssert.Ok(StartTimeParser.Parse(text, Now)));

    [Fact]
    public void In_Hours_CountsElapsedTimeAcrossTheSpringGap()
    {
        var beforeGap = new LocalDateTime(2027, 3, 28, 1, 30).InZoneStrictly(Berlin);

        // 01:30 CET plus two real hours is 04:30 CEST: the hour from 02:00 to 03:00 does not exist.
        Assert.Equal(new LocalDateTime(2027, 3, 28, 4, 30), ResultAssert.Ok(StartTimeParser.Parse("in 2h", beforeGap)));
    }

    [Fact]
    public void In_Days_KeepsTheWallClockTimeAcrossTheSpringGap()
    {
        var evening = new LocalDateTime(2027, 3, 27, 19, 0).InZoneStrictly(Berlin);

        Assert.Equal(new LocalDateTime(2027, 3, 28, 19, 0), ResultAssert.Ok(StartTimeParser.Parse("in 1 day", evening)));
    }

    [Theory]
    [InlineData("", "Give a start time, such as `19:00`, `7pm`, `tue 18:30`, `tomorrow 9am` or `2026-12-01 18:00`.")]
    [InlineData("   ", "Give a start time, such as `19:00`, `7pm`, `tue 18:30`, `tomorrow 9am` or `2026-12-01 18:00`.")]
    [InlineData("tus 18:00", "Unknown weekday `tus`. Did you mean `tue`?")]
    [InlineData("wendesday 7pm", "Unknown weekday `wendesday`. Did you mean `wed`?")]
    [InlineData("tomorow 9am", "Unknown word `tomorow`. Did you mean `tomorrow`?")]
    [InlineData("dex 1 18:00", "Unknown month `dex`. Did you mean `dec`?")]
    [InlineData("xyzzy", "Unknown word `xyzzy`. Type a time such as `19:00`, `7pm`, `tue 18:30`, `tomorrow 9am` or `2026-12-01 18:00`.")]
    [InlineData("25:00", "`25:00` is not a time: hours run from 00 to 23.")]
    [InlineData("19:60", "`19:60` is not a time: minutes run from 00 to 59.")]
    [InlineData("13pm", "`13pm` is not a time: type `1pm` or `13:00`.")]
    [InlineData("0am", "`0am` is not a time: with am or pm the hour runs from 1 to 12.")]
    [InlineData("2026-02-30 18:00", "`2026-02-30` is not a date: February 2026 has 28 days.")]
    [InlineData("2026-13-01 18:00", "`2026-13-01` is not a date: months run from 01 to 12.")]
    [InlineData("feb 30 18:00", "`feb 30` is not a date: February 2027 has 28 days.")]
    [InlineData("7", "`7` could be morning or evening: type `7pm` or `19:00` (or `7am`).")]
    [InlineData("tue 7", "`7` could be morning or evening: type `7pm` or `19:00` (or `7am`).")]
    [InlineData("19", "Type `19:00` for a time, not just `19`.")]
    [InlineData("tue", "Add a time to `tue`, such as `tue 19:00` or `tue 7pm`.")]
    [InlineData("dec 18:00", "Add the day to `dec`, such as `dec 1 18:00`.")]
    [InlineData("tue wed 19:00", "Give one day, not both `tue` and `wed`.")]
    [InlineData("18:00 7pm", "Give one time, not both `18:00` and `7pm`.")]
    [InlineData("in", "After `in`, say how long from now, such as `in 2h`, `in 90m` or `in 3 days`.")]
    [InlineData("in 2x", "Unknown unit `x` in `2x`. Use w, d, h or m, as in `1d`, `2h` or `15m`.")]
    [InlineData("in 0m", "`in 0m` is now; give a time ahead, such as `in 2h`.")]
    [InlineData("in 200d 200d", "`in 200d 200d` is too far ahead; give a date such as `2026-12-01 18:00` instead.")]
    [InlineData("in 999999w", "`999999w` is too long; nothing in StudyBot is planned more than a year ahead.")]
    [InlineData("tomorrow in 2h", "Put `in` first, such as `in 2h` or `in 3 days`.")]
    [InlineData("tue pm", "Put `pm` right after the hour, such as `7pm` or `7:30pm`.")]
    [InlineData("foo 7pm", "Unknown word `foo`. Type a time such as `19:00`, `7pm`, `tue 18:30`, `tomorrow 9am` or `2026-12-01 18:00`.")]
    public void Parse_ExplainsWhatToTypeInstead(string text, string error) =>
        ResultAssert.Fails(StartTimeParser.Parse(text, Now), error);

    [Fact]
    public void IsPast_IsTrueForTimesNotAfterNow()
    {
        Assert.True(StartTimeParser.IsPast(new LocalDateTime(2026, 11, 23, 18, 0), Now));
        Assert.True(StartTimeParser.IsPast(new LocalDateTime(2026, 11, 23, 18, 7, 30), Now));
        Assert.False(StartTimeParser.IsPast(new LocalDateTime(2026, 11, 23, 18, 8), Now));
    }

    [Fact]
    public void Parse_WorksInAZoneWithAHalfHourOffset()
    {
        var kolkata = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];
        var now = new LocalDateTime(2026, 11, 23, 23, 45).InZoneStrictly(kolkata);

        Assert.Equal(new LocalDateTime(2026, 11, 24, 9, 0), ResultAssert.Ok(StartTimeParser.Parse("9am", now)));
    }
}
