using Microsoft.Extensions.Time.Testing;
using StudyBot.Slack.Tests.Fakes;
using StudyBot.Testing;

namespace StudyBot.Slack.Tests.Flows;

/// <summary>
/// The meeting card on Slack: posted with RSVP buttons when the meeting is scheduled, updated with chat.update on the
/// same ts when another member presses Going; the reminder mentions (&lt;@U..&gt;) exactly who said Going or Maybe, and
/// a member who chose DMs gets it in a DM (conversations.open) instead.
/// </summary>
public sealed class MeetingCardFlowTests : IAsyncLifetime
{
    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        foreach (var (id, name) in new[] { ("U1", "Alice"), ("U2", "Bob"), ("U3", "Carol"), ("U4", "Dave"), ("U5", "Erin") })
        {
            _slack.Users[id] = FakeSlackServer.PlainUser(id, name);
        }

        _host = await SlackTestHost.StartAsync(_slack, socketMode: false);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task PressingGoing_UpdatesTheCardOnTheSameTs_WithTheName()
    {
        await GroupWithMeetingAsync("U2");
        await OutboxRun.DeliverDueAsync(_host.Services, _host.Time);
        var post = await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("text").Contains("Weekly review", StringComparison.Ordinal));
        Assert.Equal("C1", post.Arg("channel"));
        Assert.Equal(["rsvp:1:20270316T1900:going", "rsvp:1:20270316T1900:maybe", "rsvp:1:20270316T1900:cant"], MessageBlocks.ButtonValues(post.Args));

        await PressAsync("rsvp:1:20270316T1900:going", "U2");
        await OutboxRun.DeliverDueAsync(_host.Services, _host.Time);

        var update = await _slack.WaitForCallAsync("chat.update");
        Assert.Equal(("C1", PostedTs(post)), (update.Arg("channel"), update.Arg("ts")));
        var blocks = update.Args.ToJsonString();
        Assert.Contains("Going (1)", blocks, StringComparison.Ordinal);
        Assert.Contains("Bob", blocks, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U2>", blocks, StringComparison.Ordinal);
        Assert.Equal(3, MessageBlocks.ButtonValues(update.Args).Count);
        Assert.Equal(1, _slack.Count("chat.postMessage"));
    }

    [Fact]
    public async Task TheReminder_MentionsOnlyWhoSaidGoingOrMaybe_AndADmChooserGetsItInADm()
    {
        await GroupWithMeetingAsync("U2", "U3", "U4", "U5");
        await PressAsync("rsvp:1:20270316T1900:going", "U2");
        await PressAsync("rsvp:1:20270316T1900:maybe", "U3");
        await PressAsync("rsvp:1:20270316T1900:cant", "U4");
        await CommandAsync("meeting notify via:dm", "U5");
        await OutboxRun.DeliverDueAsync(_host.Services, _host.Time);

        // The day-before reminder falls due on 15 March at 19:00 in Berlin.
        var reminderTime = new FakeTimeProvider(new DateTimeOffset(2027, 3, 15, 18, 0, 0, TimeSpan.Zero));
        Assert.True(await DueWork.RunAsync(_host.Services, reminderTime) > 0);
        await OutboxRun.DeliverDueAsync(_host.Services, reminderTime);

        var reminder = await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("channel") == "C1" && c.Arg("text").StartsWith("Reminder:", StringComparison.Ordinal));
        var text = string.Join('\n', MessageBlocks.Blocks(reminder.Args).Select(b => b!["text"]?["text"]?.GetValue<string>()).OfType<string>());
        Assert.Contains("Going: <@U2> · Maybe: <@U3>", text, StringComparison.Ordinal);
        foreach (var silent in new[] { "<@U1>", "<@U4>", "<@U5>", "<!channel>", "<!here>", "<!everyone>" })
        {
            Assert.DoesNotContain(silent, text, StringComparison.Ordinal);
        }

        var opened = await _slack.WaitForCallAsync("conversations.open");
        Assert.Equal("U5", opened.Arg("users"));
        Assert.Equal(1, _slack.Count("conversations.open"));
        var dm = await _slack.WaitForCallAsync("chat.postMessage", c => c.Arg("channel") == "DU5");
        Assert.StartsWith("Reminder: *Weekly review* (Algo Club) starts in 1 day", MessageBlocks.FirstText(dm.Args), StringComparison.Ordinal);
        Assert.Equal(["rsvp:1:20270316T1900:going", "rsvp:1:20270316T1900:maybe", "rsvp:1:20270316T1900:cant"], MessageBlocks.ButtonValues(dm.Args));
    }

    private async Task GroupWithMeetingAsync(params string[] members)
    {
        await CommandAsync("group create name:\"Algo Club\" timezone:Europe/Berlin", "U1");
        foreach (var member in members)
        {
            await CommandAsync("group join name:\"Algo Club\"", member);
        }

        await CommandAsync("meeting schedule title:\"Weekly review\" start:\"2027-03-16 19:00\" repeat:\"every tue\" reminders:1d", "U1");
    }

    // The ts Slack gave the card: the fake numbers posts in order.
    private string PostedTs(ApiCall post) =>
        _slack.History("C1").First(m => m["text"]?.ToString() == post.Arg("text"))["ts"]!.ToString();

    private async Task PressAsync(string action, string user)
    {
        var response = await _host.PostSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(Payloads.ButtonPress(action, _slack.HookUrl("p-" + Guid.NewGuid().ToString("N")), user: user, trigger: "trig-" + user).ToJsonString()));
        Assert.True(response.IsSuccessStatusCode);
        var answer = action.Split(':')[^1] switch { "going" => "are going", "maybe" => "might come", _ => "can't come" };
        await _slack.WaitForCallAsync("response_url", c => c.Arg("text").StartsWith($"Noted: you {answer}", StringComparison.Ordinal));
    }

    private async Task CommandAsync(string text, string user)
    {
        var response = await _host.PostSignedAsync("slack/commands", Payloads.Form(Payloads.SlashCommand(text, _slack.HookUrl("h-" + Guid.NewGuid().ToString("N")), user: user)));
        Assert.True(response.IsSuccessStatusCode);
    }
}
