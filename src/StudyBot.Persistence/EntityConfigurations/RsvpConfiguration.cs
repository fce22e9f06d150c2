using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Meetings;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class RsvpConfiguration : IEntityTypeConfiguration<Rsvp>
{
    public void Configure(EntityTypeBuilder<Rsvp> builder)
    {
        builder.ToTable("Rsvps");
        builder.Property(r => r.UserId).HasMaxLength(64).IsRequired();
        builder.HasIndex(r => new { r.SeriesId, r.Occurrence, r.UserId }).IsUnique();
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(r => r.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
