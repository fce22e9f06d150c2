using StudyBot.Commands.Catalog;
using StudyBot.Commands.Groups;
using StudyBot.Commands.Help;
using StudyBot.Commands.Parsing;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Tests.Parsing;

public sealed class TextCommandParserTests
{
    // "meeting" and "meeting schedule" both exist, so the parser must prefer the longer path.
    private static readonly CommandDefinition Meeting = new("meeting", "Meetings", "meeting", CommandAccess.Anyone, [new("title", OptionType.String, "Title")]);
    private static readonly CommandDefinition MeetingSchedule = new("meeting schedule", "Schedule", "meeting schedule title:x", CommandAccess.Anyone, [new("title", OptionType.String, "Title"), new("time", OptionType.String, "When")]);

    private readonly TextCommandParser _parser = new(new CommandCatalog(
    [
        new CommandRegistration(GroupCreateCommand.Definition, typeof(GroupCreateCommand)),
        new CommandRegistration(GroupListCommand.Definition, typeof(GroupListCommand)),
        new CommandRegistration(HelpCommand.Definition, typeof(HelpCommand)),
        new CommandRegistration(Meeting, typeof(ICommandHandler)),
        new CommandRegistration(MeetingSchedule, typeof(ICommandHandler)),
    ]));

    [Fact]
    public void Parse_FindsTheCommandAndItsRawOptions()
    {
        var parsed = Parse("/group create name:\"Algo Club\" timezone:Europe/Berlin");

        Assert.Equal("group create", parsed.Registration.Definition.Path);
        Assert.Equal(new Dictionary<string, string> { ["name"] = "Algo Club", ["timezone"] = "Europe/Berlin" }, parsed.RawOptions);
    }

    [Fact]
    public void Parse_WithoutLeadingSlash_FindsTheCommand()
    {
        Assert.Equal("group list", Parse("group list").Registration.Definition.Path);
    }

    [Fact]
    public void Parse_PrefersTheLongestMatchingPath()
    {
        Assert.Equal("meeting schedule", Parse("/meeting schedule title:Review").Registration.Definition.Path);
        Assert.Equal("meeting", Parse("/meeting title:Review").Registration.Definition.Path);
    }

    [Fact]
    public void Parse_IgnoresCaseOfCommandAndOptionNames()
    {
        var parsed = Parse("/GROUP Create NAME:\"Algo Club\"");

        Assert.Equal("group create", parsed.Registration.Definition.Path);
        Assert.Equal("Algo Club", parsed.RawOptions["name"]);
    }

    [Fact]
    public void Parse_KeepsColonsInsideAValue()
    {
        Assert.Equal("19:00", Parse("/meeting schedule time:19:00").RawOptions["time"]);
    }

    [Fact]
    public void Parse_BareWordsAfterAPositionalCommand_FillItsOption()
    {
        var parsed = Parse("/help group create");

        Assert.Equal("help", parsed.Registration.Definition.Path);
        Assert.Equal("group create", parsed.RawOptions["command"]);
    }

    [Fact]
    public void Parse_PositionalAndNamedFormOfTheSameOption_IsAnError()
    {
        Assert.Equal("Option `command` is given twice; give it once.", Error("/help group create command:\"group list\""));
    }

    [Fact]
    public void Parse_DuplicateOptionInOtherCase_IsAnError()
    {
        Assert.Equal("Option `name` is given twice; give it once.", Error("/group create name:A NAME:B"));
    }

    [Fact]
    public void Parse_BareWordAfterOptions_IsAnError()
    {
        Assert.StartsWith("`Club` is not an option of `/group create`.", Error("/group create name:Algo Club"), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OptionWithoutName_IsAnError()
    {
        Assert.StartsWith("`:Algo` is not an option of `/group create`.", Error("/group create name:x :Algo"), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownCommand_SuggestsTheClosestPath()
    {
        Assert.Equal("Unknown command `/group lst`. Did you mean `/group list`?", Error("/group lst"));
    }

    [Fact]
    public void Parse_OptionsWithoutCommand_AskForACommandName()
    {
        Assert.Equal("Start with a command name, for example `/group list`. Type `/help` to see them all.", Error("/name:x"));
    }

    [Fact]
    public void Parse_StripsRichTextDelimitersBeforeAnythingElse()
    {
        var parsed = Parse("/group create name:\"A\uE000u:1:x\uE001\"");

        Assert.Equal("Au:1:x", parsed.RawOptions["name"]);
        Assert.Equal("`Algo` is not an option of `/group create`. Options are written as `name:value`: `name`, `timezone`, `description`, `charter`.", Error("/group create \uE000Algo\uE001"));
    }

    private TextCommand Parse(string line)
    {
        var result = _parser.Parse(line);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    private string Error(string line)
    {
        var result = _parser.Parse(line);
        Assert.False(result.IsSuccess);
        var message = result.Error.Message;
        Assert.Equal(RichText.StripTokens(message), message);
        return message;
    }
}
