using Microsoft.EntityFrameworkCore;
using StudyBot.Application;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Polls;

/// <summary>Poll helpers over the meeting harness: button presses, and the poll messages waiting in the outbox.</summary>
internal static class PollHarness
{
    public const string Chapters = "/poll create question:\"Which chapter next?\" options:\"Chapter 3 | Chapter 4 | Chapter 5\"";

    public static Task<Reply> PressAsync(CommandHarness harness, string action, string who) =>
        harness.Router.RouteComponentAsync(new ComponentInvocation(action, new Invoker(who, who), new ChannelRef("general", "general"), harness.Workspace, new Dictionary<string, string>()), CancellationToken.None);

    /// <summary>The outbox's poll messages, oldest first: key, the key of the message it edits, and the content.</summary>
    public static async Task<List<(string Key, string? Edits, string? Channel, Reply Content)>> MessagesAsync(CommandHarness harness)
    {
        await using var db = harness.Db();
        var entries = await db.Outbox.Where(o => o.IdempotencyKey.StartsWith("poll:")).OrderBy(o => o.Id).ToListAsync();
        return entries.Select(o => (o.IdempotencyKey, o.EditsKey, o.ChannelId, ReplySerializer.Deserialize(o.Payload))).ToList();
    }

    /// <summary>The card as its latest update shows it.</summary>
    public static async Task<Reply> CardAsync(CommandHarness harness, long poll) =>
        (await MessagesAsync(harness)).Last(m => m.Key == $"poll:{poll}:post" || m.Edits == $"poll:{poll}:post").Content;
}
