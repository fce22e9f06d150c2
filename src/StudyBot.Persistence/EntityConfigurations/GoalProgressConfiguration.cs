using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Goals;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class GoalProgressConfiguration : IEntityTypeConfiguration<GoalProgress>
{
    public void Configure(EntityTypeBuilder<GoalProgress> builder)
    {
        builder.ToTable("GoalProgress");
        builder.Property(p => p.UserId).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Note).HasMaxLength(GoalLimits.NoteMaxLength);
        builder.HasIndex(p => new { p.GoalId, p.At });
    }
}
