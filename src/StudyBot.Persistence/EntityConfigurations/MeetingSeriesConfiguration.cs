using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class MeetingSeriesConfiguration : IEntityTypeConfiguration<MeetingSeries>
{
    public void Configure(EntityTypeBuilder<MeetingSeries> builder)
    {
        builder.ToTable("MeetingSeries");
        builder.Property(s => s.Title).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Recurrence).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Location).HasMaxLength(500);
        // Room for the links resource references become (each up to a URL's length) on top of 1,000 typed characters.
        builder.Property(s => s.Agenda).HasMaxLength(8000);
        builder.Property(s => s.ReminderOffsets).HasMaxLength(100).IsRequired();
        builder.Property(s => s.CreatedBy).HasMaxLength(64).IsRequired();
        builder.Ignore(s => s.Offsets);
        builder.HasIndex(s => s.GroupId);
        builder.HasOne<Group>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
