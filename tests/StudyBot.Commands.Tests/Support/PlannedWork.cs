using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Meetings;
using StudyBot.Application.Work;
using StudyBot.Persistence;

namespace StudyBot.Commands.Tests.Support;

/// <summary>A meeting's planned work as the tests read it back from the store.</summary>
internal sealed record PlannedWork(string Kind, Instant DueAt, LocalDateTime Occurrence, int OffsetMinutes)
{
    public const string Reminder = "meeting.reminder";
    public const string Advance = "meeting.advance";
    public const string RoleFix = "role.fix";

    /// <summary>Every pending item of every series, in due order.</summary>
    public static async Task<List<PlannedWork>> ReadAsync(StudyBotDbContext db)
    {
        var rows = await db.ScheduledWork.OrderBy(w => w.DueAt).ThenBy(w => w.Id).ToListAsync();
        return rows.Select(w =>
        {
            var payload = WorkPayload.Deserialize<MeetingWorkPayload>(w.Payload);
            return new PlannedWork(w.Kind, w.DueAt, payload.OriginalStart, payload.OffsetMinutes);
        }).ToList();
    }
}
