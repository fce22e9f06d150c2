using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Polls;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> builder)
    {
        builder.ToTable("Polls");
        builder.Property(p => p.CreatedBy).HasMaxLength(64).IsRequired();
        builder.Property(p => p.ClosedBy).HasMaxLength(64);
        builder.Property(p => p.Question).HasMaxLength(PollLimits.QuestionMaxLength).IsRequired();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.MeetingTitle).HasMaxLength(200);
        builder.Property(p => p.Outcome).HasMaxLength(500);

        // A stale update of the same poll (two votes at once) fails and is retried instead of losing a vote.
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasIndex(p => new { p.GroupId, p.ClosedAt });
        builder.HasOne<Group>().WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(p => p.SeriesId).OnDelete(DeleteBehavior.SetNull);
        builder.OwnsMany(p => p.Options, options =>
        {
            options.ToTable("PollOptions");
            options.WithOwner().HasForeignKey("PollId");
            options.HasKey("PollId", nameof(PollOption.Index));
            options.Property(o => o.Index).ValueGeneratedNever();
            options.Property(o => o.Text).HasMaxLength(PollLimits.OptionMaxLength).IsRequired();
        });
        builder.Navigation(p => p.Options).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_options");
        builder.HasMany(p => p.Votes).WithOne().HasForeignKey(v => v.PollId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Votes).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_votes");
    }
}
