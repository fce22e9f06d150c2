using StudyBot.Application;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Parsing;
using StudyBot.Commands.Routing;

namespace StudyBot.Commands.Tests.Parsing;

public sealed class OptionBinderTests
{
    private static readonly OptionDefinition UserOption = new("who", OptionType.User, "Someone");
    private static readonly OptionDefinition ChannelOption = new("where", OptionType.Channel, "Somewhere");

    [Theory]
    [InlineData("<@123>", "123", "123")]
    [InlineData("<@!123>", "123", "123")]
    [InlineData("<@U024BE7LH|bob>", "U024BE7LH", "bob")]
    [InlineData("<@U024BE7LH>", "U024BE7LH", "U024BE7LH")]
    [InlineData("@bob", "bob", "bob")]
    [InlineData("bob.smith", "bob.smith", "bob.smith")]
    public void User_AcceptsDiscordSlackAndConsoleForms(string text, string id, string name)
    {
        var result = OptionBinder.Convert(UserOption, text);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new UserMention(id, name), result.Value);
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("<@>")]
    [InlineData("@")]
    [InlineData("")]
    public void User_RefusesAnythingElse(string text)
    {
        var result = OptionBinder.Convert(UserOption, text);

        Assert.False(result.IsSuccess);
        Assert.Equal($"`who` must be a user, like `who:@bob`; got `{text.Trim()}`.", result.Error.Message);
    }

    [Theory]
    [InlineData("<#C024BE7LH|general>", "C024BE7LH", "general")]
    [InlineData("<#123456>", "123456", "123456")]
    [InlineData("#study-hall", "study-hall", "study-hall")]
    [InlineData("study-hall", "study-hall", "study-hall")]
    public void Channel_AcceptsDiscordSlackAndConsoleForms(string text, string id, string name)
    {
        var result = OptionBinder.Convert(ChannelOption, text);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new ChannelMention(id, name), result.Value);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("YES", true)]
    [InlineData("on", true)]
    [InlineData("false", false)]
    [InlineData("No", false)]
    [InlineData("off", false)]
    public void Boolean_AcceptsCommonSpellings(string text, bool expected)
    {
        var result = OptionBinder.Convert(new OptionDefinition("flag", OptionType.Boolean, "Flag"), text);

        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData(" -7 ", -7L)]
    public void Integer_AcceptsWholeNumbers(string text, long expected)
    {
        Assert.Equal(expected, OptionBinder.Convert(new OptionDefinition("n", OptionType.Integer, "N"), text).Value);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("1,000")]
    [InlineData("99999999999999999999")]
    public void Integer_RefusesOtherNumbers(string text)
    {
        var result = OptionBinder.Convert(new OptionDefinition("n", OptionType.Integer, "N"), text);

        Assert.Equal($"`n` must be a whole number, like `n:3`; got `{text}`.", result.Error?.Message);
    }

    [Fact]
    public void Bind_UnknownOption_SuggestsTheClosest()
    {
        var command = new CommandDefinition("x", "X", "x", CommandAccess.Anyone, [new("name", OptionType.String, "Name")]);

        var result = OptionBinder.Bind(command, new Dictionary<string, string> { ["nmae"] = "Algo" });

        Assert.Equal("`/x` has no option `nmae`. Did you mean `name`?", result.Error?.Message);
    }
}
