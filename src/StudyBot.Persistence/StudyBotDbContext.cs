using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Core.Groups;

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
    }
}
