using StudyBot.Commands.Tests.Meetings;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Roles;

/// <summary>
/// Algo Club (Europe/Berlin) on 15 March 2027, 12:00Z: organizer alice, members bob and carol (joined in that
/// order), the weekly Tuesday 19:00 meeting, and the roles Facilitator and Note-taker.
/// </summary>
internal static class RoleHarness
{
    public static async Task<CommandHarness> CreateAsync()
    {
        var harness = await MeetingHarness.CreateAsync(withWeeklyMeeting: true);
        await MeetingHarness.RequireAsync(harness, "/group join name:\"Algo Club\"", "carol");
        await MeetingHarness.RequireAsync(harness, "/role add name:Facilitator description:\"Keeps the meeting on track\"", "alice");
        await MeetingHarness.RequireAsync(harness, "/role add name:Note-taker", "alice");
        return harness;
    }
}
