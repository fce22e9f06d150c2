using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Meetings;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class OccurrenceChangeConfiguration : IEntityTypeConfiguration<OccurrenceChange>
{
    public void Configure(EntityTypeBuilder<OccurrenceChange> builder)
    {
        builder.ToTable("OccurrenceChanges");
        builder.Property(c => c.ChangedBy).HasMaxLength(64).IsRequired();
        builder.HasIndex(c => new { c.SeriesId, c.OriginalStart }).IsUnique();
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(c => c.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
