using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Meetings;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class PlannedReminderConfiguration : IEntityTypeConfiguration<PlannedReminder>
{
    public void Configure(EntityTypeBuilder<PlannedReminder> builder)
    {
        builder.ToTable("PlannedReminders");

        // The scheduler asks "what is due by now?" and "what is due next?": both read this index.
        builder.HasIndex(r => r.DueAt);
        builder.HasIndex(r => new { r.SeriesId, r.Occurrence, r.Kind, r.OffsetMinutes }).IsUnique();
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(r => r.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
