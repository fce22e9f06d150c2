using StudyBot.Commands.Intake;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Application;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StudyBot.Core;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Interactions;

public sealed class GatewayInteractionTests
{
    [Fact]
    public async Task GroupCreate_OverGateway_StoresGroupAndAnswersInTime()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("11", "group", Payloads.Subcommand(
            "create",
            Payloads.Option("name", 3, "Algo Club"),
            Payloads.Option("timezone", 3, "Europe/Berlin"))));

        var callback = await host.CallbackAsync("11");
        Assert.Equal("/interactions/11/itoken-11/callback", callback.Path);
        var body = callback.Json;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        var data = body.GetProperty("data");
        Assert.Contains("**Algo Club**", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("<#300>", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("[]", data.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
        Assert.False(data.TryGetProperty("flags", out _));

        await using var db = host.Harness.Db();
        var group = await db.Groups.Include(g => g.Members).SingleAsync();
        Assert.Equal("Algo Club", group.Name);
        Assert.Equal(Payloads.ChannelId, group.HomeChannelId);
        Assert.Equal(Payloads.UserId, Assert.Single(group.Members).UserId);
        var workspace = await db.Workspaces.SingleAsync();
        Assert.Equal(Platform.Discord, workspace.Platform);
        Assert.Equal(Payloads.GuildId, workspace.ExternalId);
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task UserMistake_IsAnsweredPrivately()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("12", "group", Payloads.Subcommand("join", Payloads.Option("name", 3, "Nowhere"))));

        var data = (await host.CallbackAsync("12")).Json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SlowCommand_IsDeferredThenOriginalResponseEdited()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("13", "slow"));
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        host.Time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(5, (await host.CallbackAsync("13")).Json.GetProperty("type").GetInt32());
        host.Signals.SlowGate.SetResult();
        var edit = await host.Server.WaitForRequestAsync(r => r.Method == "PATCH");
        Assert.Equal("/webhooks/100/itoken-13/messages/@original", edit.Path);
        Assert.Equal("done at last", edit.Json.GetProperty("content").GetString());
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task ACommandQueuedBehindTheIntakesCap_IsDeferredAtItsDeadline_AndAnsweredWhenItsTurnComes()
    {
        await using var host = await DiscordTestHost.CreateAsync(services: s => s.Configure<CommandsOptions>(o => o.MaxConcurrentCommands = 1));
        var gateway = await host.ConnectAsync();
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("31", "slow"));
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        host.Time.ForgetTimers();

        await gateway.DispatchAsync("INTERACTION_CREATE", 3, Payloads.Command("32", "help"));
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        Assert.Equal(1, host.Services.GetRequiredService<CommandIntake>().Waiting);   // /help waits for /slow's slot
        host.Time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(5, (await host.CallbackAsync("31")).Json.GetProperty("type").GetInt32());
        Assert.Equal(5, (await host.CallbackAsync("32")).Json.GetProperty("type").GetInt32());
        Assert.DoesNotContain(host.Server.Requests, r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal));
        host.Signals.SlowGate.SetResult();
        var help = await host.Server.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == "/webhooks/100/itoken-32/messages/@original");
        Assert.Contains("/help", help.JsonBody, StringComparison.Ordinal);
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SlowPrivateCommand_IsDeferredPrivatelyThenOriginalResponseEdited()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("14", "slow", [Payloads.Option("private", 5, true)]));
        await host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        host.Time.Advance(TimeSpan.FromSeconds(2));
        var deferral = (await host.CallbackAsync("14")).Json;
        host.Signals.SlowGate.SetResult();
        var edit = await host.Server.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == "/webhooks/100/itoken-14/messages/@original");

        Assert.Equal(5, deferral.GetProperty("type").GetInt32());
        Assert.Equal(64, deferral.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("done quietly", edit.Json.GetProperty("content").GetString());
        Assert.Equal(
            ["POST /interactions/14/itoken-14/callback", "PATCH /webhooks/100/itoken-14/messages/@original"],
            InteractionRequests.Lines(InteractionRequests.Of(host.Server, "14")));
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task Button_RoutesItsActionWithTheInvoker()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Button("15", "sb1:echo:42:going"));

        var data = (await host.CallbackAsync("15")).Json.GetProperty("data");
        Assert.Equal("echo 42,going by Alice", data.GetProperty("content").GetString());
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task ButtonFromAnotherScheme_GetsAPrivateExplanation()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Button("16", "v0-something"));

        var data = (await host.CallbackAsync("16")).Json.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Contains("older StudyBot", data.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormButton_OpensModal_AndSubmissionRoutesValues()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Button("17", "sb1:echo:form"));
        var modal = (await host.CallbackAsync("17")).Json;
        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        Assert.Equal("sb1:echo:submitted", modal.GetProperty("data").GetProperty("custom_id").GetString());
        var inputs = modal.GetProperty("data").GetProperty("components");
        Assert.Equal(2, inputs.GetArrayLength());
        Assert.Equal(2, inputs[0].GetProperty("components")[0].GetProperty("style").GetInt32());

        await gateway.DispatchAsync("INTERACTION_CREATE", 3, Payloads.ModalSubmit("18", "sb1:echo:submitted", ("did", "read ch. 3"), ("blockers", "none")));

        var data = (await host.CallbackAsync("18")).Json.GetProperty("data");
        Assert.Equal("echo submitted by Alice blockers=none,did=read ch. 3", data.GetProperty("content").GetString());
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task Autocomplete_SuggestsGroupNamesAndTimeZones()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("19", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Algo Club"))));
        await host.CallbackAsync("19");

        await gateway.DispatchAsync("INTERACTION_CREATE", 3, Payloads.Autocomplete("20", "group", Payloads.Subcommand("info", Payloads.Option("name", 3, "alg", focused: true))));
        await gateway.DispatchAsync("INTERACTION_CREATE", 4, Payloads.Autocomplete("21", "timezone", Payloads.Subcommand("set", Payloads.Option("zone", 3, "Europe/Ber", focused: true))));

        var groups = (await host.CallbackAsync("20")).Json;
        Assert.Equal(8, groups.GetProperty("type").GetInt32());
        Assert.Equal("Algo Club", Assert.Single(groups.GetProperty("data").GetProperty("choices").EnumerateArray()).GetProperty("value").GetString());
        var zones = (await host.CallbackAsync("21")).Json.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString());
        Assert.Contains("Europe/Berlin", zones);
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task AttachmentAndNativePoll_AreUploadedInTheCallback()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();

        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("22", "export"));

        var callback = await host.CallbackAsync("22");
        Assert.StartsWith("multipart/form-data", callback.ContentType, StringComparison.Ordinal);
        Assert.Equal(["files[0]=meetings.ics"], callback.FileNames);
        var data = callback.Json.GetProperty("data");
        Assert.Equal("meetings.ics", data.GetProperty("attachments")[0].GetProperty("filename").GetString());
        Assert.Equal("Which day?", data.GetProperty("poll").GetProperty("question").GetProperty("text").GetString());
        Assert.Equal("?with_response=true", callback.Query);
        host.AssertRequestsMatchOpenApi();
    }
}
