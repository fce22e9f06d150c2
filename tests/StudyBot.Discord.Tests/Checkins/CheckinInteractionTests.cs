using Microsoft.EntityFrameworkCore;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Checkins;

/// <summary>Check-ins on Discord: the prompt's button opens a modal with the member's goals, the submission is stored, and /stats comes with its chart.</summary>
public sealed class CheckinInteractionTests
{
    [Fact]
    public async Task TheCheckInButton_OpensAModal_AndItsSubmissionRecordsTheCheckinAndGoalProgress()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("41", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Algo Club"))));
        await host.CallbackAsync("41");
        await gateway.DispatchAsync("INTERACTION_CREATE", 3, Payloads.Command("42", "goal", Payloads.Subcommand("add", Payloads.Option("title", 3, "Read SICP"), Payloads.Option("target", 3, "12 chapters"))));
        await host.CallbackAsync("42");
        var groupId = await GroupIdAsync(host);

        await gateway.DispatchAsync("INTERACTION_CREATE", 4, Payloads.Button("43", $"sb1:checkin-open:{groupId}"));

        var modal = (await host.CallbackAsync("43")).Json;
        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        var data = modal.GetProperty("data");
        Assert.Equal($"sb1:checkin:{groupId}", data.GetProperty("custom_id").GetString());
        Assert.Equal("Check in: Algo Club", data.GetProperty("title").GetString());
        var inputs = data.GetProperty("components").EnumerateArray().Select(row => row.GetProperty("components")[0]).ToList();
        Assert.Equal(["did", "goal-1", "blockers"], inputs.Select(i => i.GetProperty("custom_id").GetString()));
        Assert.Equal("#1 Read SICP", inputs[1].GetProperty("label").GetString());

        await gateway.DispatchAsync("INTERACTION_CREATE", 5, Payloads.ModalSubmit("44", $"sb1:checkin:{groupId}", ("did", "Chapter 2"), ("goal-1", "2"), ("blockers", "")));

        var answer = (await host.CallbackAsync("44")).Json.GetProperty("data");
        Assert.StartsWith("Checked in for **Algo Club**", answer.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, answer.GetProperty("flags").GetInt32());
        await using var db = host.Harness.Db();
        Assert.Equal("Chapter 2", (await db.Checkins.SingleAsync()).Did);
        Assert.Equal(2m, (await db.Goals.SingleAsync()).Progress);
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task Stats_ComeWithTheChartAsAnAttachment()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("51", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Algo Club"))));
        await host.CallbackAsync("51");
        await gateway.DispatchAsync("INTERACTION_CREATE", 3, Payloads.Command("52", "checkin", Payloads.Subcommand("schedule", Payloads.Option("days", 3, "daily"), Payloads.Option("time", 3, "20:00"))));
        await host.CallbackAsync("52");

        await gateway.DispatchAsync("INTERACTION_CREATE", 4, Payloads.Command("53", "stats"));

        var callback = await host.CallbackAsync("53");
        Assert.StartsWith("multipart/form-data", callback.ContentType, StringComparison.Ordinal);
        Assert.Equal(["files[0]=stats.png"], callback.FileNames);
        var data = callback.Json.GetProperty("data");
        Assert.Equal("stats.png", data.GetProperty("attachments")[0].GetProperty("filename").GetString());
        Assert.Contains("Streak", data.GetProperty("embeds")[0].GetRawText(), StringComparison.Ordinal);
        host.AssertRequestsMatchOpenApi();
    }

    private static async Task<long> GroupIdAsync(DiscordTestHost host)
    {
        await using var db = host.Harness.Db();
        return await db.Groups.Select(g => g.Id).SingleAsync();
    }
}
