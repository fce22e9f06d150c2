using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using StudyBot.Application.Meetings;
using StudyBot.Core.Meetings;
using StudyBot.Persistence;

namespace StudyBot.Application.Tests.Work;

/// <summary>
/// A store from before scheduled work had its own table keeps every planned reminder across the upgrade,
/// under the very keys and payloads the planner writes now, so nothing is lost and nothing is planned twice.
/// </summary>
public sealed class LegacyPlanMigrationTests : IDisposable
{
    private const string LastLegacyMigration = "20261123192634_DiscordEventMirror";
    private readonly string _folder = Directory.CreateTempSubdirectory("studybot-legacy-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    [Fact]
    public async Task PlannedRemindersAndTheAdvance_BecomeScheduledWork_WithTheKeysThePlannerWrites()
    {
        await using var db = new StudyBotDbContext(new DbContextOptionsBuilder<StudyBotDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "legacy.db")};Pooling=False").Options);
        await db.GetService<IMigrator>().MigrateAsync(LastLegacyMigration);

        // Series 1 meets Tue 16 Mar 2027 19:00 Berlin (18:00Z = 1805220000000 ms), with 1-day and 15-minute reminders.
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO Workspaces (Id, Platform, ExternalId) VALUES (1, 0, 'console');
            INSERT INTO Groups (Id, WorkspaceId, Name, NormalizedName, HomeChannelId, TimeZoneId, CreatedAt, MirrorMeetingsToDiscord)
                VALUES (1, 1, 'Algo Club', 'ALGO CLUB', 'general', 'Europe/Berlin', 0, 0);
            INSERT INTO MeetingSeries (Id, GroupId, Title, FirstStart, Recurrence, DurationMinutes, ReminderOffsets, CreatedBy, CreatedAt)
                VALUES (1, 1, 'Weekly review', '2027-03-16T19:00:00', 'FREQ=WEEKLY;BYDAY=TU', 60, '1440,15', 'you', 0);
            INSERT INTO PlannedReminders (SeriesId, Occurrence, OccurrenceStart, Kind, OffsetMinutes, DueAt) VALUES
                (1, '2027-03-16T19:00:00', 1805220000000, 0, 1440, 1805133600000),
                (1, '2027-03-16T19:00:00', 1805220000000, 0, 15, 1805219100000),
                (1, '2027-03-16T19:00:00', 1805220000000, 1, 0, 1805220000000);
            """);

        await db.Database.MigrateAsync();

        var occurrence = new PlannedOccurrence(new LocalDateTime(2027, 3, 16, 19, 0), new LocalDateTime(2027, 3, 16, 19, 0), Instant.FromUtc(2027, 3, 16, 18, 0), Moved: false);
        var expected = new[]
        {
            MeetingReminderWork.Plan(1, new PlannedReminder(occurrence, Duration.FromDays(1), Instant.FromUtc(2027, 3, 15, 18, 0))),
            MeetingReminderWork.Plan(1, new PlannedReminder(occurrence, Duration.FromMinutes(15), Instant.FromUtc(2027, 3, 16, 17, 45))),
            MeetingAdvanceWork.Plan(1, occurrence),
        };
        var migrated = await db.ScheduledWork.OrderBy(w => w.DueAt).ToListAsync();
        Assert.Equal(expected.Select(w => (w.Kind, w.Key, w.DueAt, w.Payload)), migrated.Select(w => (w.Kind, w.Key, w.DueAt, w.Payload)));
        Assert.All(migrated, w => Assert.Equal(("series", 1L), (w.OwnerType, w.OwnerId)));
    }
}
