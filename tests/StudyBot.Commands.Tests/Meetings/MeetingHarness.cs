using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Meetings;

/// <summary>A harness on 15 March 2027, 12:00Z, with Algo Club (Europe/Berlin, organizer alice, member bob).</summary>
internal static class MeetingHarness
{
    public const string Weekly = "/meeting schedule group:\"Algo Club\" title:\"Weekly review\" start:\"2027-03-16 19:00\" repeat:\"every tue\" reminders:\"1d,15m\" location:\"Library room 2\"";

    public static async Task<CommandHarness> CreateAsync(bool withWeeklyMeeting = false, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null)
    {
        var harness = new CommandHarness(configure, new DateTimeOffset(2027, 3, 15, 12, 0, 0, TimeSpan.Zero));
        await RequireAsync(harness, "/group create name:\"Algo Club\" timezone:Europe/Berlin", "alice");
        await RequireAsync(harness, "/group join name:\"Algo Club\"", "bob");
        if (withWeeklyMeeting)
        {
            await RequireAsync(harness, Weekly, "alice");
        }

        return harness;
    }

    public static async Task RequireAsync(CommandHarness harness, string line, string @as)
    {
        var reply = await harness.RunAsync(line, @as: @as);
        Assert.False(reply.IsError, reply.Text);
    }
}
