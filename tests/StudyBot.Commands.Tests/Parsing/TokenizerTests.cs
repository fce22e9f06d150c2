using StudyBot.Commands.Parsing;

namespace StudyBot.Commands.Tests.Parsing;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("group create", new[] { "group", "create" })]
    [InlineData("  group \t create  ", new[] { "group", "create" })]
    [InlineData("name:\"Algo Club\" timezone:Europe/Berlin", new[] { "name:Algo Club", "timezone:Europe/Berlin" })]
    [InlineData("name:\u201CAlgo Club\u201D", new[] { "name:Algo Club" })]
    [InlineData("name:\u201DAlgo Club\u201D", new[] { "name:Algo Club" })]
    [InlineData("name:\"Say \\\"hi\\\" twice\"", new[] { "name:Say \"hi\" twice" })]
    [InlineData("name:\"\"", new[] { "name:" })]
    [InlineData("\"\"", new[] { "" })]
    [InlineData("name:Algo\" \"Club", new[] { "name:Algo Club" })]
    [InlineData("path:C:\\\\dir", new[] { "path:C:\\\\dir" })]
    [InlineData("time:19:00", new[] { "time:19:00" })]
    [InlineData("", new string[0])]
    public void Split_KeepsQuotedPartsTogether(string line, string[] expected)
    {
        var result = Tokenizer.Split(line);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("name:\"Algo Club")]
    [InlineData("name:\u201CAlgo Club")]
    [InlineData("name:\"Algo Club\\\"")]
    [InlineData("a:\"b\" c:\"d")]
    public void Split_WithAnUnclosedQuote_FailsWithHowToFixIt(string line)
    {
        var result = Tokenizer.Split(line);

        Assert.False(result.IsSuccess);
        Assert.Equal("A quote is not closed: add the missing `\"` after the value, e.g. `name:\"Algo Club\"`.", result.Error.Message);
    }
}
