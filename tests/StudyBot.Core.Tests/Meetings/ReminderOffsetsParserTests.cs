using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

public sealed class ReminderOffsetsParserTests
{
    private static Duration[] Minutes(params int[] values) => values.Select(v => Duration.FromMinutes(v)).ToArray();

    [Theory]
    [InlineData("2d,1h,10m")]
    [InlineData("2d, 1h, 10m")]
    [InlineData("2d 1h 10m")]
    [InlineData("10m 1h 2d")]
    [InlineData("2 days, 1 hour, 10 minutes")]
    [InlineData("2 days 1 hour 10 minutes")]
    public void Parse_ReadsOffsetsLongestFirst(string text) =>
        Assert.Equal(Minutes(2 * 1440, 60, 10), ResultAssert.Ok(ReminderOffsetsParser.Parse(text)));

    [Fact]
    public void Parse_WithCommas_ReadsCompoundOffsets() =>
        Assert.Equal(Minutes(90, 10), ResultAssert.Ok(ReminderOffsetsParser.Parse("1h 30m, 10m")));

    [Fact]
    public void Parse_AcceptsWeeksUpToFourWeeks() =>
        Assert.Equal(Minutes(28 * 1440, 7 * 1440), ResultAssert.Ok(ReminderOffsetsParser.Parse("1w,4w")));

    [Theory]
    [InlineData("none")]
    [InlineData("Off")]
    public void None_MeansNoReminders(string text) => Assert.Empty(ResultAssert.Ok(ReminderOffsetsParser.Parse(text)));

    [Fact]
    public void Default_Is24HoursAnd15Minutes() => Assert.Equal(Minutes(1440, 15), ReminderOffsetsParser.Default);

    [Theory]
    [InlineData("", "Give reminder times before the meeting, such as `1d,15m`, or `none`.")]
    [InlineData("1d,2d,3d,4d,5d,6d", "Give at most 5 reminders; you gave 6.")]
    [InlineData("0m", "`0m` is no time before the meeting; give at least `1m`.")]
    [InlineData("29d", "Reminders can be at most 28 days before the meeting; `29d` is too far ahead.")]
    [InlineData("1h,60m", "`60m` is given twice; list each reminder once.")]
    [InlineData("1h,2x", "Unknown unit `x` in `2x`. Use w, d, h or m, as in `1d`, `2h` or `15m`.")]
    [InlineData("15", "Add a unit to `15`, such as `15m` for minutes. Use w, d, h or m, as in `1d`, `2h` or `15m`.")]
    public void Parse_ExplainsBadOffsets(string text, string error) => ResultAssert.Fails(ReminderOffsetsParser.Parse(text), error);
}
