using Microsoft.EntityFrameworkCore;
using StudyBot.Application;
using StudyBot.Core;
using StudyBot.Discord.Tests.Fakes;
using StudyBot.Testing;

namespace StudyBot.Discord.Tests.Roles;

/// <summary>Roles over the gateway: slash commands, role-name autocomplete, and the "I can't" button passing a role on.</summary>
public sealed class RoleInteractionTests
{
    [Fact]
    public async Task Roles_AutocompleteForTheChannelsGroup_AndTheCantButtonPassesTheRoleOn()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var gateway = await host.ConnectAsync();
        await gateway.DispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("41", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Algo Club"), Payloads.Option("timezone", 3, "Europe/Berlin"))));
        await host.CallbackAsync("41");
        host.Harness.Workspace = new WorkspaceRef(Platform.Discord, Payloads.GuildId);
        var joined = await host.Harness.RunAsync("/group join name:\"Algo Club\"", @as: "500", channel: Payloads.ChannelId);
        Assert.False(joined.IsError, joined.Text);
        await gateway.DispatchAsync("INTERACTION_CREATE", 3, Payloads.Command("42", "meeting", Payloads.Subcommand("schedule", Payloads.Option("title", 3, "Weekly review"), Payloads.Option("start", 3, "2027-03-16 19:00"), Payloads.Option("repeat", 3, "every tue"))));
        await host.CallbackAsync("42");
        await gateway.DispatchAsync("INTERACTION_CREATE", 4, Payloads.Command("43", "role", Payloads.Subcommand("add", Payloads.Option("name", 3, "Facilitator"))));
        Assert.StartsWith("**Algo Club** has a new required role: **Facilitator**", (await host.CallbackAsync("43")).Json.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);

        await gateway.DispatchAsync("INTERACTION_CREATE", 5, Payloads.Autocomplete("44", "role", Payloads.Subcommand("assign", Payloads.Option("role", 3, "fac", focused: true))));

        var choices = (await host.CallbackAsync("44")).Json.GetProperty("data").GetProperty("choices").EnumerateArray();
        Assert.Equal("Facilitator", Assert.Single(choices).GetProperty("value").GetString());

        await NextMeetingRoles.FixAsync(host.Services);
        long seriesId;
        await using (var db = host.Harness.Db())
        {
            seriesId = await db.MeetingSeries.Select(s => s.Id).SingleAsync();
        }

        await gateway.DispatchAsync("INTERACTION_CREATE", 6, Payloads.Button("45", $"sb1:role-cant:{seriesId}:20270316T1900"));

        var answer = (await host.CallbackAsync("45")).Json.GetProperty("data");
        Assert.Equal(64, answer.GetProperty("flags").GetInt32());
        Assert.Contains("Your role: **Facilitator** passes to <@500>. The group has been told.", answer.GetProperty("content").GetString(), StringComparison.Ordinal);
        await using var after = host.Harness.Db();
        Assert.Equal("500", (await after.RoleAssignments.SingleAsync()).UserId);
        host.AssertRequestsMatchOpenApi();
    }
}
