using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Discord.Tests.Fakes;
using StudyBot.Testing;

namespace StudyBot.Discord.Tests.Meetings;

/// <summary>
/// The meeting card on Discord: posted with RSVP buttons when the meeting is scheduled, edited in place (PATCH of the
/// same message) when another member presses Going; the reminder pings exactly who said Going or Maybe through
/// allowed_mentions, and a member who chose DMs gets it as a DM instead.
/// </summary>
public sealed class MeetingCardTests
{
    private const string Bob = "401";
    private const string Carol = "402";
    private const string Dave = "403";
    private const string Erin = "404";
    private const string Going = "sb1:rsvp:1:20270316T1900:going";

    [Fact]
    public async Task PressingGoing_EditsTheCardInPlace_WithTheName_AndNoPing()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await GroupWithMeetingAsync(host, gateway, (Bob, "Bob"));

        await OutboxRun.DeliverDueAsync(host.Services, host.Time);
        var post = await host.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{Payloads.ChannelId}/messages", StringComparison.Ordinal));
        Assert.Contains("**Weekly review** (Algo Club): Tue 16 Mar 2027 19:00 CET", post.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(["sb1:rsvp:1:20270316T1900:going", "sb1:rsvp:1:20270316T1900:maybe", "sb1:rsvp:1:20270316T1900:cant"], CustomIds(post.Json));
        var card = host.Server.LastCreatedMessageId!;

        await gateway.DispatchAsync("INTERACTION_CREATE", 20, Payloads.By(Payloads.Button("20", Going), Bob, "Bob"));
        var answer = (await host.CallbackAsync("20")).Json.GetProperty("data");
        Assert.Equal(64, answer.GetProperty("flags").GetInt32());
        Assert.StartsWith("Noted: you are going to **Weekly review**", answer.GetProperty("content").GetString(), StringComparison.Ordinal);

        await OutboxRun.DeliverDueAsync(host.Services, host.Time);
        var edit = await host.Server.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith($"/channels/{Payloads.ChannelId}/messages/{card}", StringComparison.Ordinal));
        var going = edit.Json.GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "Going (1)");
        Assert.Equal("Bob", going.GetProperty("value").GetString());
        Assert.Empty(edit.Json.GetProperty("allowed_mentions").GetProperty("users").EnumerateArray());
        Assert.Empty(edit.Json.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.DoesNotContain($"<@{Bob}>", edit.JsonBody, StringComparison.Ordinal);
        Assert.Equal(3, CustomIds(edit.Json).Count);
        Assert.Single(host.Server.Requests, r => r.Method == "POST" && r.Path.EndsWith($"/channels/{Payloads.ChannelId}/messages", StringComparison.Ordinal));
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task TheReminder_PingsOnlyWhoSaidGoingOrMaybe_AndADmChooserGetsItByDm()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await GroupWithMeetingAsync(host, gateway, (Bob, "Bob"), (Carol, "Carol"), (Dave, "Dave"), (Erin, "Erin"));
        await PressAsync(host, gateway, 30, Going, Bob, "Bob");
        await PressAsync(host, gateway, 31, "sb1:rsvp:1:20270316T1900:maybe", Carol, "Carol");
        await PressAsync(host, gateway, 32, "sb1:rsvp:1:20270316T1900:cant", Dave, "Dave");
        await gateway.DispatchAsync("INTERACTION_CREATE", 33, Payloads.By(Payloads.Command("33", "meeting", Payloads.Subcommand("notify", Payloads.Option("via", 3, "dm"))), Erin, "Erin"));
        Assert.StartsWith("From now on you get **Algo Club**'s meeting reminders by DM", (await host.CallbackAsync("33")).Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        await OutboxRun.DeliverDueAsync(host.Services, host.Time);

        // The day-before reminder falls due on 15 March at 19:00 in Berlin.
        var reminderTime = new FakeTimeProvider(new DateTimeOffset(2027, 3, 15, 18, 0, 0, TimeSpan.Zero));
        Assert.True(await DueWork.RunAsync(host.Services, reminderTime) > 0);
        await OutboxRun.DeliverDueAsync(host.Services, reminderTime);

        var reminder = await host.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith($"/channels/{Payloads.ChannelId}/messages", StringComparison.Ordinal) && (r.JsonBody ?? string.Empty).Contains("Reminder:", StringComparison.Ordinal));
        var allowed = reminder.Json.GetProperty("allowed_mentions");
        Assert.Equal([Bob, Carol], allowed.GetProperty("users").EnumerateArray().Select(u => u.GetString()));
        Assert.Empty(allowed.GetProperty("parse").EnumerateArray());
        var content = reminder.Json.GetProperty("content").GetString()!;
        Assert.Contains($"Going: <@{Bob}> · Maybe: <@{Carol}>", content, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{Dave}>", content, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{Erin}>", content, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{Payloads.UserId}>", content, StringComparison.Ordinal);

        var opened = await host.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/users/@me/channels", StringComparison.Ordinal));
        Assert.Equal(Erin, opened.Json.GetProperty("recipient_id").GetString());
        Assert.Single(host.Server.Requests, r => r.Method == "POST" && r.Path.EndsWith("/users/@me/channels", StringComparison.Ordinal));
        var dm = await host.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal) && !r.Path.Contains(Payloads.ChannelId, StringComparison.Ordinal));
        Assert.StartsWith("Reminder: **Weekly review** (Algo Club) starts in 1 day", dm.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal([Going, "sb1:rsvp:1:20270316T1900:maybe", "sb1:rsvp:1:20270316T1900:cant"], CustomIds(dm.Json));
        Assert.Empty(dm.Json.GetProperty("allowed_mentions").GetProperty("users").EnumerateArray());
        host.AssertRequestsMatchOpenApi();
    }

    private static async Task GroupWithMeetingAsync(DiscordTestHost host, FakeGatewayConnection gateway, params (string Id, string Name)[] members)
    {
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("2", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Algo Club"), Payloads.Option("timezone", 3, "Europe/Berlin"))));
        await host.CallbackAsync("2");
        var sequence = 3;
        foreach (var (id, name) in members)
        {
            var interaction = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await gateway.DispatchAsync("INTERACTION_CREATE", sequence++, Payloads.By(Payloads.Command(interaction, "group", Payloads.Subcommand("join", Payloads.Option("name", 3, "Algo Club"))), id, name));
            await host.CallbackAsync(interaction);
        }

        await gateway.DispatchAsync("INTERACTION_CREATE", 10, Payloads.Command("10", "meeting", Payloads.Subcommand("schedule", Payloads.Option("title", 3, "Weekly review"), Payloads.Option("start", 3, "2027-03-16 19:00"), Payloads.Option("repeat", 3, "every tue"), Payloads.Option("reminders", 3, "1d"))));
        Assert.StartsWith("Scheduled", (await host.CallbackAsync("10")).Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    private static async Task PressAsync(DiscordTestHost host, FakeGatewayConnection gateway, int sequence, string customId, string userId, string name)
    {
        var id = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await gateway.DispatchAsync("INTERACTION_CREATE", sequence, Payloads.By(Payloads.Button(id, customId), userId, name));
        Assert.StartsWith("Noted:", (await host.CallbackAsync(id)).Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    private static List<string?> CustomIds(JsonElement message) =>
        message.GetProperty("components").EnumerateArray().SelectMany(row => row.GetProperty("components").EnumerateArray()).Select(b => b.GetProperty("custom_id").GetString()).ToList();
}
