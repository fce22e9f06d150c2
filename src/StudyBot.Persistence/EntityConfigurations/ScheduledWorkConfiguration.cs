using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Work;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class ScheduledWorkConfiguration : IEntityTypeConfiguration<ScheduledWork>
{
    public void Configure(EntityTypeBuilder<ScheduledWork> builder)
    {
        builder.ToTable("ScheduledWork");
        builder.Property(w => w.Kind).HasMaxLength(64).IsRequired();
        builder.Property(w => w.OwnerType).HasMaxLength(32).IsRequired();
        builder.Property(w => w.Key).HasMaxLength(200).IsRequired();
        builder.Property(w => w.Payload).HasMaxLength(4000).IsRequired();
        builder.Property(w => w.LastError).HasMaxLength(500);
        builder.Ignore(w => w.Owner);

        // The engine asks "what is due by now?" and "what is due next?"; replanning asks "what does this owner have?".
        builder.HasIndex(w => new { w.Status, w.DueAt });
        builder.HasIndex(w => new { w.OwnerType, w.OwnerId });
        builder.HasIndex(w => w.Key).IsUnique();
    }
}
