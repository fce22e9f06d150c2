using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Meetings;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> builder)
    {
        builder.ToTable("Attendance");
        builder.Property(a => a.UserId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.RecordedBy).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => new { a.SeriesId, a.Occurrence, a.UserId }).IsUnique();
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(a => a.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}
