using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("90m", 90)]
    [InlineData("1h30m", 90)]
    [InlineData("1h 30m", 90)]
    [InlineData("1.5h", 90)]
    [InlineData("2h", 120)]
    [InlineData("2 hours", 120)]
    [InlineData("1 hour and 15 minutes", 75)]
    [InlineData("45 min", 45)]
    [InlineData("1m", 1)]
    [InlineData("24h", 1440)]
    [InlineData("1d", 1440)]
    public void Parse_ReadsMeetingLengths(string text, int minutes) =>
        Assert.Equal(Duration.FromMinutes(minutes), ResultAssert.Ok(DurationParser.Parse(text)));

    [Theory]
    [InlineData("", "Give a length of time, such as `90m` or `1h30m`. Use w, d, h or m, as in `1d`, `2h` or `15m`.")]
    [InlineData("90", "Add a unit to `90`, such as `90m` for minutes. Use w, d, h or m, as in `1d`, `2h` or `15m`.")]
    [InlineData("2x", "Unknown unit `x` in `2x`. Use w, d, h or m, as in `1d`, `2h` or `15m`.")]
    [InlineData("long", "`long` is not a length of time. Use w, d, h or m, as in `1d`, `2h` or `15m`.")]
    [InlineData("1.33h", "`1.33h` is not a whole number of minutes; write it as hours and minutes, such as `1h20m`.")]
    [InlineData("0m", "A meeting must last at least 1 minute, such as `45m` or `1h30m`.")]
    [InlineData("25h", "A meeting can last at most 24 hours; `25h` is longer.")]
    public void Parse_ExplainsBadLengths(string text, string error) => ResultAssert.Fails(DurationParser.Parse(text), error);

    [Theory]
    [InlineData(90, "1h30m")]
    [InlineData(45, "45m")]
    [InlineData(120, "2h")]
    [InlineData(1440, "1d")]
    public void Format_WritesWhatParseReads(int minutes, string text)
    {
        Assert.Equal(text, DurationParser.Format(Duration.FromMinutes(minutes)));
        Assert.Equal(Duration.FromMinutes(minutes), ResultAssert.Ok(DurationParser.Parse(text)));
    }
}
