using StudyBot.Testing;

namespace StudyBot.Host.Tests.ConsoleAdapter;

/// <summary>Forms on the console: a command opens one, <c>:submit</c> answers it, with the checks the platforms make.</summary>
public sealed class ConsoleFormTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task GroupEdit_OpensAFormWithTheCurrentTexts_AndSubmittingItStoresThem()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            "/group create name:\"Algo Club\" timezone:Europe/Berlin charter:\"Come prepared\"",
            "/group edit",
            ":submit description:\"Weekly algorithms practice\"",
            "/group info"));

        Assert.Contains(
            ConsoleScript.Lines(
                "(only @you can see this) Edit Algo Club",
                "  Form \"Edit Algo Club\": answer with :submit description:\"...\" charter:\"...\" (a field left out keeps what it holds)",
                "    description: What the group is about (optional, up to 1000 characters; empty)",
                "    charter: What members can expect of each other (optional, up to 1000 characters; holds \"Come prepared\")",
                "Updated **Algo Club**: description."),
            output,
            StringComparison.Ordinal);
        Assert.Contains("  Description: Weekly algorithms practice\n  Charter: Come prepared\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WithNewLines_KeepsThem_AndAnEmptyInputClearsItsText()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            "/group create name:\"Algo Club\" description:\"Old words\"",
            "/group edit",
            ":submit description:\"\" charter:\"Come prepared\\nSay so if you can't\"",
            "/group info"));

        Assert.Contains("  Charter: Come prepared\n    Say so if you can't\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Description:", output.Split("Updated **Algo Club**")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WithNothingChanged_SaysSoAndStoresNothingNew()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            "/group create name:\"Algo Club\" charter:\"Come prepared\"",
            "/group edit",
            ":submit"));

        Assert.EndsWith("(only @you can see this) Nothing changed: Algo Club's description and charter are as they were.\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_AFieldTheFormDoesNotHave_OrTooLong_IsRefusedAndTheFormStaysOpen()
    {
        var tooLong = new string('x', 1001);
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            "/group create name:\"Algo Club\"",
            "/group edit",
            ":submit agenda:\"x\"",
            $":submit description:\"{tooLong}\"",
            ":submit description:\"Fits\"",
            "/group info"));

        Assert.Contains("`agenda:x` is not a field of \"Edit Algo Club\". Fields: description, charter.\n", output, StringComparison.Ordinal);
        Assert.Contains("`description` can be at most 1000 characters; yours has 1001. The form stays open.\n", output, StringComparison.Ordinal);
        Assert.Contains("  Description: Fits\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupEdit_ByAMember_IsRefusedBeforeAnyFormOpens()
    {
        var output = await ConsoleScript.RunAsync(_database.ConnectionString, ConsoleScript.Lines(
            "/group create name:\"Algo Club\"",
            ":as bob",
            "/group join name:\"Algo Club\"",
            "/group edit",
            ":submit description:\"Mine now\""));

        Assert.Contains("(only @bob can see this) Only organizers of Algo Club can change its settings. Ask one of them: you.\n", output, StringComparison.Ordinal);
        Assert.EndsWith("No form is open. Forms open when you press a button that asks for details.\n", output, StringComparison.Ordinal);
    }
}
