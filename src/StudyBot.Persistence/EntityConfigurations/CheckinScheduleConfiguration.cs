using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;
using NodaTime.Text;
using StudyBot.Core.Checkins;
using StudyBot.Core.Groups;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class CheckinScheduleConfiguration : IEntityTypeConfiguration<CheckinSchedule>
{
    public void Configure(EntityTypeBuilder<CheckinSchedule> builder)
    {
        builder.ToTable("CheckinSchedules");
        builder.HasKey(s => s.GroupId);
        builder.Ignore(s => s.Days);
        builder.Property(s => s.Time).HasConversion(t => LocalTimePattern.ExtendedIso.Format(t), s => LocalTimePattern.ExtendedIso.Parse(s).Value).HasMaxLength(18);
        builder.Property(s => s.DigestTime).HasConversion(t => LocalTimePattern.ExtendedIso.Format(t), s => LocalTimePattern.ExtendedIso.Parse(s).Value).HasMaxLength(18);
        builder.Property(s => s.NudgeAfter).HasConversion(d => (long)d.TotalMinutes, m => Duration.FromMinutes(m));
        builder.HasOne<Group>().WithOne().HasForeignKey<CheckinSchedule>(s => s.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
