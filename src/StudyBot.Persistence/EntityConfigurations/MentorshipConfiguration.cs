using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime.Text;
using StudyBot.Core.Groups;
using StudyBot.Core.Mentors;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class MentorshipConfiguration : IEntityTypeConfiguration<Mentorship>
{
    public void Configure(EntityTypeBuilder<Mentorship> builder)
    {
        builder.ToTable("Mentorships");
        builder.Property(m => m.MemberUserId).HasMaxLength(64).IsRequired();
        builder.Property(m => m.MentorUserId).HasMaxLength(64).IsRequired();
        builder.Property(m => m.MentorName).HasMaxLength(100).IsRequired();
        builder.Property(m => m.CreatedBy).HasMaxLength(64).IsRequired();
        builder.Property(m => m.Day).HasConversion<int>();
        builder.Property(m => m.Time).HasConversion(t => LocalTimePattern.ExtendedIso.Format(t), s => LocalTimePattern.ExtendedIso.Parse(s).Value).HasMaxLength(18);
        builder.Ignore(m => m.Cadence);

        // One mentor at a time per member and group; ended pairings stay as history.
        builder.HasIndex(m => new { m.GroupId, m.MemberUserId }).IsUnique().HasFilter("\"EndedAt\" IS NULL");
        builder.HasIndex(m => m.MentorUserId);
        builder.HasOne<Group>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
