using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Slack.Api;
using StudyBot.Slack.Tests.Fakes;
using StudyBot.Slack.Users;

namespace StudyBot.Slack.Tests.Api;

public sealed class WebApiTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    private SlackWebApi Api => _host.Services.GetRequiredService<SlackWebApi>();

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackTestHost.StartAsync(_slack, socketMode: false);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task RateLimited_WaitsForRetryAfterOnTheClock_ThenRetries()
    {
        _slack.Enqueue("chat.update", FakeResponse.RateLimited(7));

        var updating = Api.UpdateMessageAsync("C1", "1700000000.000001", new JsonObject { ["text"] = "Updated" }, CancellationToken.None);
        await _host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(7));
        Assert.Equal(1, _slack.Count("chat.update"));
        _host.Time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(1, _slack.Count("chat.update"));
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        await updating.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, _slack.Count("chat.update"));
        Assert.Contains(_host.Logs.Lines, l => l.Message.Contains("chat.update rate limited; waiting 7 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerError_IsRetriedWithBackoff_ThenSucceeds()
    {
        _slack.Enqueue("users.info", FakeResponse.ServerError(502));

        var looking = Api.GetUserAsync("U1", CancellationToken.None);
        await _host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var user = await looking.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("U1", user.GetProperty("id").GetString());
        Assert.Equal(2, _slack.Count("users.info"));
    }

    [Fact]
    public async Task PostMessage_IsRetriedAfterServiceUnavailable()
    {
        _slack.Enqueue("chat.postMessage", FakeResponse.ServerError(503));

        var posting = Api.PostMessageAsync("C1", new JsonObject { ["text"] = "Hi" }, CancellationToken.None);
        await _host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        _host.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.NotEmpty(await posting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(2, _slack.Count("chat.postMessage"));
    }

    [Fact]
    public async Task OkFalse_BecomesAnExceptionThatSaysWhetherRetryingHelps()
    {
        _slack.Enqueue("views.open", FakeResponse.Error("trigger_expired"));

        var failure = await Assert.ThrowsAsync<SlackApiException>(() => Api.OpenViewAsync("t", new JsonObject(), CancellationToken.None));

        Assert.Equal(("views.open", "trigger_expired", true), (failure.Method, failure.Error, failure.IsPermanent));
    }

    [Fact]
    public async Task UserDirectory_TreatsAdminsAndOwnersAsOrganizers_AndCachesUsersInfo()
    {
        _slack.Users["UADM"] = FakeSlackServer.PlainUser("UADM", "Ada", admin: true);
        _slack.Users["UOWN"] = FakeSlackServer.PlainUser("UOWN", "Olga", tz: "America/New_York", owner: true);
        var users = _host.Services.GetRequiredService<SlackUserDirectory>();

        var admin = await users.GetInvokerAsync("UADM", null, CancellationToken.None);
        var owner = await users.GetInvokerAsync("UOWN", null, CancellationToken.None);
        var member = await users.GetInvokerAsync("U2", null, CancellationToken.None);
        await users.GetInvokerAsync("UADM", null, CancellationToken.None);

        Assert.Equal(("Ada", true), (admin.DisplayName, admin.IsWorkspaceAdmin));
        Assert.True(owner.IsWorkspaceAdmin);
        Assert.False(member.IsWorkspaceAdmin);
        Assert.Equal("America/New_York", await users.GetTimeZoneAsync("UOWN", CancellationToken.None));
        Assert.Equal(3, _slack.Count("users.info"));
    }

    [Fact]
    public async Task UserDirectory_WhenUsersInfoFails_TreatsTheUserAsAPlainMember()
    {
        _slack.Enqueue("users.info", FakeResponse.Error("user_not_found"));
        var users = _host.Services.GetRequiredService<SlackUserDirectory>();

        var invoker = await users.GetInvokerAsync("UX", "fallback", CancellationToken.None);

        Assert.Equal(("UX", "fallback", false), (invoker.UserId, invoker.DisplayName, invoker.IsWorkspaceAdmin));
    }
}
