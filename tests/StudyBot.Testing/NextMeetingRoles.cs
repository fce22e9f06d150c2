using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Application.Groups;
using StudyBot.Application.Meetings;
using StudyBot.Application.Roles;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Testing;

/// <summary>
/// Fixes the rotation of the only series' next meeting, as the scheduler does at the lead time, for adapter
/// tests that have no scheduler running (the engine's own tests cover when it happens).
/// </summary>
public static class NextMeetingRoles
{
    public static async Task FixAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<StudyBotDbContext>();
        var now = provider.GetRequiredService<TimeProvider>().Now();
        var series = await db.MeetingSeries.SingleAsync();
        var group = await provider.GetRequiredService<GroupFinder>().FindAsync(series.GroupId, CancellationToken.None)
            ?? throw new InvalidOperationException("The series has no group.");
        var next = await provider.GetRequiredService<SeriesOccurrences>().UpcomingAsync(series, group.Zone(), now, 1, CancellationToken.None);
        _ = await provider.GetRequiredService<RoleRotations>().FixAsync(group, series, next[0], now, CancellationToken.None)
            ?? throw new InvalidOperationException("The group has no roles to fix.");
        await db.SaveChangesAsync();
    }
}
