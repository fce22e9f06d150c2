using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Goals;
using StudyBot.Core.Groups;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.ToTable("Goals");
        builder.Property(g => g.OwnerUserId).HasMaxLength(64);
        builder.Property(g => g.CreatedBy).HasMaxLength(64).IsRequired();
        builder.Property(g => g.Title).HasMaxLength(GoalLimits.TitleMaxLength).IsRequired();
        builder.Property(g => g.Unit).HasMaxLength(GoalLimits.UnitMaxLength);
        builder.HasIndex(g => new { g.GroupId, g.OwnerUserId });
        builder.HasOne<Group>().WithMany().HasForeignKey(g => g.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.History).WithOne().HasForeignKey(p => p.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.History).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_history");
    }
}
