using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>The console adapter as the issue describes it, driven through the real host in-process.</summary>
public sealed class ConsoleHostTests : IDisposable
{
    private const string Create = "/group create name:\"Algo Club\" timezone:Europe/Berlin";

    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task IssueScript_ShowsTheGroupWithZoneOrganizerAndBothMembers()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            Create,
            ":as bob",
            "/group join name:\"Algo Club\"",
            "/group info name:\"Algo Club\""));

        Assert.Equal(
            ConsoleScript.Lines(
                "Created **Algo Club** in #general, time zone Europe/Berlin. Organizer: @you.",
                "  Others join with `/group join name:\"Algo Club\"`.",
                "(now acting as @bob)",
                "@bob joined **Algo Club** (2 members).",
                "**Algo Club**",
                "  Time zone: Europe/Berlin",
                "  Home channel: #general",
                "  Organizers: @you",
                "  Members (2): @you, @bob"),
            output);
    }

    [Fact]
    public async Task ScheduleWithAZoneAfterTheTime_EchoesTheConversion_AndAmbiguousZonesAreAsked()
    {
        // Dates with a year, so the real clock the in-process host runs on does not matter.
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            "/group create name:\"Algo Club\" timezone:berlin",
            "/meeting schedule title:\"Study night\" start:\"20.03.2030 7pm EST\" reminders:\"3d,1d,2h\"",
            "/meeting schedule title:\"Study night\" start:\"20.03.2030 7pm IST\""));

        Assert.Contains("Created **Algo Club** in #general, time zone Europe/Berlin.", output, StringComparison.Ordinal);
        Assert.Contains("  Start typed as Wed 20 Mar 2030 19:00 EDT (America/New_York): that is Thu 21 Mar 2030 00:00 CET in Europe/Berlin.\n", output, StringComparison.Ordinal);
        Assert.Contains("  Reminders: 3 days, 1 day and 2 hours before.\n", output, StringComparison.Ordinal);
        Assert.Contains("`IST` is used for more than one zone: India (`Asia/Kolkata`), Israel (`Asia/Jerusalem`) or Ireland (`Europe/Dublin`).", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondRunOverTheSameDatabase_StillFindsTheGroup()
    {
        await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(Create, ":as bob", "/group join name:\"Algo Club\""));

        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines("/group info name:\"Algo Club\""));

        Assert.Contains("  Time zone: Europe/Berlin\n", output, StringComparison.Ordinal);
        Assert.Contains("  Organizers: @you\n", output, StringComparison.Ordinal);
        Assert.Contains("  Members (2): @you, @bob\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InDirective_HomesANewGroupInThatChannel()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            ":in #other",
            Create,
            "/group info"));

        Assert.StartsWith("(now in #other)\nCreated **Algo Club** in #other,", output, StringComparison.Ordinal);
        Assert.Contains("  Home channel: #other\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EphemeralReplies_AreMarkedAsVisibleOnlyToTheInvoker()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            ":as carol",
            "/grup list",
            "/timezone show"));

        Assert.Equal(
            ConsoleScript.Lines(
                "(now acting as @carol)",
                "(only @carol can see this) Unknown command `/grup list`. Did you mean `/group list`?",
                "(only @carol can see this) You have not set a time zone, so each group's zone applies to you. Set yours with `/timezone set zone:Europe/Berlin`."),
            output);
    }

    [Fact]
    public async Task BadInput_GetsOneClearLineAndTheScriptGoesOn()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            "/group create name:\"Algo Club timezone:Europe/Berlin",
            "/group create name:\"Algo Club\" timezone:Europe/Berln",
            "/group list"));

        Assert.Equal(
            ConsoleScript.Lines(
                "(only @you can see this) A quote is not closed: add the missing `\"` after the value, e.g. `name:\"Algo Club\"`.",
                "(only @you can see this) Unknown time zone `Europe/Berln`. Did you mean `Europe/Berlin`?",
                "(only @you can see this) No study groups here yet. Start one with `/group create name:\"Algo Club\" timezone:Europe/Berlin`."),
            output);
    }

    [Fact]
    public async Task Quit_StopsBeforeLaterLines()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            ":quit",
            Create));

        Assert.Equal(string.Empty, output);
        await using var db = _database.CreateContext();
        Assert.Empty(db.Groups);
    }

    [Fact]
    public async Task UnknownDirective_GetsAClearLineListingTheDirectives()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(":frobnicate", ":as"));

        Assert.Equal(
            ConsoleScript.Lines(
                "Unknown directive `:frobnicate`. Directives: :as <user>, :in <channel>, :press <label>, :submit field:\"value\", :quit.",
                "`:as` needs an argument, e.g. `:as bob`."),
            output);
    }

    [Fact]
    public async Task LinesThatAreNeitherCommandsNorDirectives_AreExplained_AndCommentsAndBlanksAreSkipped()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            "# a comment",
            string.Empty,
            "hello bot"));

        Assert.Equal(
            ConsoleScript.Lines("Commands start with `/` (try `/help`); console directives with `:` (`:as bob`, `:in #study`, `:quit`)."),
            output);
    }

    [Fact]
    public async Task Interactive_ShowsABannerAndAPromptWithUserAndChannel()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(":as bob", ":in study"), interactive: true);

        Assert.StartsWith("StudyBot console. Type /help for commands", output, StringComparison.Ordinal);
        Assert.Contains("@you in #general> (now acting as @bob)\n", output, StringComparison.Ordinal);
        Assert.Contains("@bob in #general> (now in #study)\n", output, StringComparison.Ordinal);
        Assert.EndsWith("@bob in #study> ", output, StringComparison.Ordinal);
    }
}
