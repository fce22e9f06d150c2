using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Meetings;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class ExternalEventConfiguration : IEntityTypeConfiguration<ExternalEvent>
{
    public void Configure(EntityTypeBuilder<ExternalEvent> builder)
    {
        builder.ToTable("ExternalEvents");
        builder.Property(e => e.ExternalId).HasMaxLength(64).IsRequired();
        builder.Property(e => e.DetailsHash).HasMaxLength(64).IsRequired();

        // One mirrored event per series: a second one would show the same meeting twice.
        builder.HasIndex(e => e.SeriesId).IsUnique();
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(e => e.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
