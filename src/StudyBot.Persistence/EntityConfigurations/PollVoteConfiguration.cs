using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Polls;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class PollVoteConfiguration : IEntityTypeConfiguration<PollVote>
{
    public void Configure(EntityTypeBuilder<PollVote> builder)
    {
        builder.ToTable("PollVotes");
        builder.Property(v => v.UserId).HasMaxLength(64).IsRequired();

        // Members, not clicks: one row per member and option, whatever arrives twice.
        builder.HasIndex(v => new { v.PollId, v.UserId, v.OptionIndex }).IsUnique();
    }
}
