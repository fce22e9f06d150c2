using StudyBot.Core.Messaging;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Support;

/// <summary>Runs a command that must be refused and checks that the store did not change.</summary>
internal static class Refusal
{
    /// <summary>Runs <paramref name="line"/>, asserts a private error, and that no row was added or removed.</summary>
    public static async Task<Reply> AssertRefusedAsync(CommandHarness harness, string line, string @as, string channel = "general", bool admin = false)
    {
        var before = await StoreCounts.ReadAsync(harness);

        var reply = await harness.RunAsync(line, @as: @as, channel: channel, admin: admin);

        ReplyAssert.IsEphemeralError(reply);
        Assert.Equal(before, await StoreCounts.ReadAsync(harness));
        return reply;
    }
}
