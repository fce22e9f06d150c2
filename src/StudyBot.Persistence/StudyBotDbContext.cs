using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Checkins;
using StudyBot.Core.Goals;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Mentors;
using StudyBot.Core.Messaging;
using StudyBot.Core.Polls;
using StudyBot.Core.Resources;
using StudyBot.Core.Roles;
using StudyBot.Core.Work;

namespace StudyBot.Persistence;

/// <summary>The one store of StudyBot's state.</summary>
public sealed class StudyBotDbContext(DbContextOptions<StudyBotDbContext> options) : DbContext(options)
{
    /// <summary>Guilds, teams and the console.</summary>
    public DbSet<Workspace> Workspaces => Set<Workspace>();

    /// <summary>Study groups.</summary>
    public DbSet<Group> Groups => Set<Group>();

    /// <summary>Memberships.</summary>
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();

    /// <summary>Per-user settings.</summary>
    public DbSet<UserProfile> UserProfiles => Set<UserProfile>();

    /// <summary>Meeting series.</summary>
    public DbSet<MeetingSeries> MeetingSeries => Set<MeetingSeries>();

    /// <summary>Skipped, cancelled and moved occurrences.</summary>
    public DbSet<OccurrenceChange> OccurrenceChanges => Set<OccurrenceChange>();

    /// <summary>Members' private calendar feeds of their groups' meetings.</summary>
    public DbSet<CalendarSubscription> CalendarSubscriptions => Set<CalendarSubscription>();

    /// <summary>RSVPs per occurrence.</summary>
    public DbSet<Rsvp> Rsvps => Set<Rsvp>();

    /// <summary>Attendance per occurrence.</summary>
    public DbSet<AttendanceRecord> Attendance => Set<AttendanceRecord>();

    /// <summary>Duties rotated between a group's members at its meetings.</summary>
    public DbSet<MeetingRole> MeetingRoles => Set<MeetingRole>();

    /// <summary>Who does which role at which meeting: fixed rotations, their history, and overrides.</summary>
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    /// <summary>Days members are away.</summary>
    public DbSet<AwayPeriod> AwayPeriods => Set<AwayPeriod>();

    /// <summary>Personal and group goals.</summary>
    public DbSet<Goal> Goals => Set<Goal>();

    /// <summary>Steps of progress on goals.</summary>
    public DbSet<GoalProgress> GoalProgress => Set<GoalProgress>();

    /// <summary>Groups' check-in schedules, one per group at most.</summary>
    public DbSet<CheckinSchedule> CheckinSchedules => Set<CheckinSchedule>();

    /// <summary>Stretches without check-in prompts, for a member or a whole group.</summary>
    public DbSet<CheckinPause> CheckinPauses => Set<CheckinPause>();

    /// <summary>Members' check-ins.</summary>
    public DbSet<Checkin> Checkins => Set<Checkin>();

    /// <summary>Work due at a given instant (reminders, planning, prompts...), done by one handler per kind.</summary>
    public DbSet<ScheduledWork> ScheduledWork => Set<ScheduledWork>();

    /// <summary>Platform events (Discord scheduled events) mirroring each series' next occurrence.</summary>
    public DbSet<ExternalEvent> ExternalEvents => Set<ExternalEvent>();

    /// <summary>Polls and their options.</summary>
    public DbSet<Poll> Polls => Set<Poll>();

    /// <summary>Members' votes in polls.</summary>
    public DbSet<PollVote> PollVotes => Set<PollVote>();

    /// <summary>Members paired with mentors, and their weekly check-in.</summary>
    public DbSet<Mentorship> Mentorships => Set<Mentorship>();

    /// <summary>Questions and replies between mentors and mentees.</summary>
    public DbSet<MentorNote> MentorNotes => Set<MentorNote>();

    /// <summary>Links the members of a group shared with it.</summary>
    public DbSet<Resource> Resources => Set<Resource>();

    /// <summary>Bot-initiated messages waiting for delivery, and their history.</summary>
    public DbSet<OutboxEntry> Outbox => Set<OutboxEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudyBotDbContext).Assembly);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Instants are stored as UTC milliseconds: sortable and comparable in SQL on every provider.
        configurationBuilder.Properties<Instant>().HaveConversion<InstantToUnixMillisecondsConverter>();
        configurationBuilder.Properties<LocalDateTime>().HaveConversion<LocalDateTimeToStringConverter>().HaveMaxLength(19);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateToStringConverter>().HaveMaxLength(10);
    }
}
