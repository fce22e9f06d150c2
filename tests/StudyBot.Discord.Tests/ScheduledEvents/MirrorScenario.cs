using StudyBot.Application;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands.Routing;
using StudyBot.Core;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Discord.ScheduledEvents;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.ScheduledEvents;

/// <summary>
/// A Discord guild with the group "Algo Club" (UTC) and its weekly Tuesday 19:00 meeting "Graphs",
/// the clock at Monday 2026-11-23 12:00 UTC, on the fake Discord server and real SQLite.
/// </summary>
public sealed class MirrorScenario : IAsyncDisposable
{
    public const string Organizer = Payloads.UserId;
    public const string Schedule = "/meeting schedule group:\"Algo Club\" title:Graphs start:\"2026-11-24 19:00\" repeat:\"every tue\" duration:90m location:\"Library room 2\" agenda:\"BFS and DFS\"";

    private MirrorScenario(DiscordTestHost host) => Host = host;

    public DiscordTestHost Host { get; }

    public FakeDiscordServer Server => Host.Server;

    /// <summary>Requests to the guild's scheduled-events endpoints, as "METHOD path".</summary>
    public IReadOnlyList<RecordedRequest> EventRequests =>
        Server.Requests.Where(r => r.Path.StartsWith($"/guilds/{Payloads.GuildId}/scheduled-events", StringComparison.Ordinal)).ToList();

    public static async Task<MirrorScenario> CreateAsync(string schedule = Schedule, Dictionary<string, string?>? settings = null)
    {
        var host = await DiscordTestHost.CreateAsync(settings);
        host.Harness.Workspace = new WorkspaceRef(Platform.Discord, Payloads.GuildId);
        var scenario = new MirrorScenario(host);
        await scenario.RunOkAsync("/group create name:\"Algo Club\" timezone:UTC");
        await scenario.RunOkAsync(schedule);
        return scenario;
    }

    public async Task<Reply> RunOkAsync(string line, string @as = Organizer)
    {
        var reply = await Host.Harness.RunAsync(line, @as: @as, channel: Payloads.ChannelId);
        Assert.False(reply.IsError, reply.Text);
        return reply;
    }

    public Task<Reply> MirrorOnAsync() => RunOkAsync("/group settings name:\"Algo Club\" discord-events:true");

    /// <summary>One reconciliation, in its own scope, as the hosted service runs it.</summary>
    public async Task MirrorAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScheduledEventMirror>().RunAsync(CancellationToken.None);
    }

    public async Task<List<ExternalEvent>> LinksAsync()
    {
        await using var db = Host.Harness.Db();
        return await db.ExternalEvents.ToListAsync();
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
