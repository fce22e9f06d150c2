using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Messaging;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class OutboxEntryConfiguration : IEntityTypeConfiguration<OutboxEntry>
{
    public void Configure(EntityTypeBuilder<OutboxEntry> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(o => o.IdempotencyKey).HasMaxLength(200).IsRequired();
        builder.Property(o => o.WorkspaceExternalId).HasMaxLength(64).IsRequired();
        builder.Property(o => o.ChannelId).HasMaxLength(64);
        builder.Property(o => o.DirectUserId).HasMaxLength(64);
        builder.Property(o => o.Payload).IsRequired();
        builder.Property(o => o.LastError).HasMaxLength(500);
        builder.Property(o => o.ClaimedBy).HasMaxLength(200);
        builder.Property(o => o.EditsKey).HasMaxLength(200);
        builder.Property(o => o.SentChannelId).HasMaxLength(100);
        builder.Property(o => o.SentMessageId).HasMaxLength(100);
        builder.HasIndex(o => o.IdempotencyKey).IsUnique();

        // Claiming an edit looks for newer edits of the same message; a platform event names the message it is about.
        builder.HasIndex(o => o.EditsKey);
        builder.HasIndex(o => o.SentMessageId);

        // The dispatcher reads pending entries in due order, and for each the older unsettled ones of its destination.
        builder.HasIndex(o => new { o.Status, o.NextAttemptAt });
        builder.HasIndex(o => new { o.Platform, o.WorkspaceExternalId, o.ChannelId, o.DirectUserId, o.Status });
    }
}
