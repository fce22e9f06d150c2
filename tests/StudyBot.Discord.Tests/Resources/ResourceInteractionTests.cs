using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Resources;

/// <summary>Resources on Discord: sharing a link answers in the channel and listing answers privately, each title a masked link.</summary>
public sealed class ResourceInteractionTests
{
    [Fact]
    public async Task ResourceAdd_ThenResourceList_ShowTheTitleAsAMaskedLink()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("81", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Algo Club"))));
        await host.CallbackAsync("81");

        await gateway.DispatchAsync("INTERACTION_CREATE", 3, Payloads.Command("82", "resource", Payloads.Subcommand(
            "add",
            Payloads.Option("url", 3, "https://mitpress.mit.edu/sicp"),
            Payloads.Option("title", 3, "SICP [2nd ed.] @everyone"),
            Payloads.Option("tags", 3, "sicp, lisp"))));
        var shared = (await host.CallbackAsync("82")).Json.GetProperty("data");
        await gateway.DispatchAsync("INTERACTION_CREATE", 4, Payloads.Command("83", "resource", Payloads.Subcommand("list")));
        var listed = (await host.CallbackAsync("83")).Json.GetProperty("data");

        // Public: no ephemeral flag, and nobody is pinged, not even by a title that says @everyone.
        Assert.False(shared.TryGetProperty("flags", out _));
        Assert.Equal($"<@{Payloads.UserId}> shared [SICP \\[2nd ed.\\] @\u200Beveryone](<https://mitpress.mit.edu/sicp>) [sicp, lisp] with **Algo Club** (#1).", shared.GetProperty("content").GetString());
        Assert.Equal("[]", shared.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
        Assert.Equal(64, listed.GetProperty("flags").GetInt32());
        Assert.Contains("• #1 [SICP \\[2nd ed.\\] @\u200Beveryone](<https://mitpress.mit.edu/sicp>) [sicp, lisp], from ", listed.GetProperty("content").GetString(), StringComparison.Ordinal);
        host.AssertRequestsMatchOpenApi();
    }
}
