using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Mentors;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class MentorNoteConfiguration : IEntityTypeConfiguration<MentorNote>
{
    public void Configure(EntityTypeBuilder<MentorNote> builder)
    {
        builder.ToTable("MentorNotes");
        builder.Property(n => n.FromUserId).HasMaxLength(64).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(2000).IsRequired();
        builder.Property(n => n.Period).HasMaxLength(10);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(n => new { n.MentorshipId, n.Period });
        builder.HasOne<Mentorship>().WithMany().HasForeignKey(n => n.MentorshipId).OnDelete(DeleteBehavior.Cascade);
    }
}
