using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Groups;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("Groups");
        builder.Property(g => g.Name).HasMaxLength(GroupLimits.NameMaxLength).IsRequired();
        builder.Property(g => g.NormalizedName).HasMaxLength(GroupLimits.NameMaxLength).IsRequired();
        builder.Property(g => g.HomeChannelId).HasMaxLength(64).IsRequired();
        builder.Property(g => g.Description).HasMaxLength(GroupLimits.DescriptionMaxLength);
        builder.Property(g => g.Charter).HasMaxLength(GroupLimits.CharterMaxLength);
        builder.Property(g => g.TimeZoneId).HasMaxLength(64).IsRequired();

        // The store enforces unique names too, so two racing creates cannot both succeed.
        builder.HasIndex(g => new { g.WorkspaceId, g.NormalizedName }).IsUnique();
        builder.HasOne<Workspace>().WithMany().HasForeignKey(g => g.WorkspaceId).OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Members).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_members");
    }
}
