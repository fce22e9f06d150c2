using Microsoft.EntityFrameworkCore;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Interactions;

/// <summary><c>/group edit</c> through the gateway: a modal with the current texts, and its submission stored.</summary>
public sealed class GroupEditFormTests
{
    [Fact]
    public async Task GroupEdit_OpensAModalWithTheCurrentTexts_AndTheSubmissionUpdatesTheGroup()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("31", "group", Payloads.Subcommand(
            "create",
            Payloads.Option("name", 3, "Algo Club"),
            Payloads.Option("charter", 3, "Come prepared"))));
        await host.CallbackAsync("31");

        await gateway.DispatchAsync("INTERACTION_CREATE", 3, Payloads.Command("32", "group", Payloads.Subcommand("edit")));

        var modal = (await host.CallbackAsync("32")).Json;
        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        var data = modal.GetProperty("data");
        var groupId = await GroupIdAsync(host);
        Assert.Equal($"sb1:group-edit:{groupId}", data.GetProperty("custom_id").GetString());
        Assert.Equal("Edit Algo Club", data.GetProperty("title").GetString());
        var inputs = data.GetProperty("components").EnumerateArray().Select(row => row.GetProperty("components")[0]).ToList();
        Assert.Equal(["description", "charter"], inputs.Select(i => i.GetProperty("custom_id").GetString()));
        Assert.False(inputs[0].TryGetProperty("value", out _));
        Assert.Equal("Come prepared", inputs[1].GetProperty("value").GetString());
        Assert.All(inputs, i => Assert.Equal(2, i.GetProperty("style").GetInt32()));

        await gateway.DispatchAsync("INTERACTION_CREATE", 4, Payloads.ModalSubmit("33", $"sb1:group-edit:{groupId}", ("description", "Weekly algorithms practice"), ("charter", "Come prepared\nSay so by Monday")));

        var answer = (await host.CallbackAsync("33")).Json.GetProperty("data");
        Assert.Equal("Updated **Algo Club**: description; charter.", answer.GetProperty("content").GetString());
        await using var db = host.Harness.Db();
        var group = await db.Groups.SingleAsync();
        Assert.Equal(("Weekly algorithms practice", "Come prepared\nSay so by Monday"), (group.Description, group.Charter));
        host.AssertRequestsMatchOpenApi();
    }

    private static async Task<long> GroupIdAsync(DiscordTestHost host)
    {
        await using var db = host.Harness.Db();
        return await db.Groups.Select(g => g.Id).SingleAsync();
    }
}
