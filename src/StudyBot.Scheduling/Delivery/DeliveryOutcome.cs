using NodaTime;
using StudyBot.Core.Messaging;

namespace StudyBot.Scheduling.Delivery;

/// <summary>What one attempt came to, recorded on the entry right after.</summary>
internal abstract record DeliveryOutcome(long Id)
{
    public abstract void ApplyTo(OutboxEntry entry, Instant now);

    /// <summary>The platform took it; <paramref name="Landed"/> is where, when it said (null for an edit).</summary>
    public sealed record Sent(long Id, SentMessage? Landed) : DeliveryOutcome(Id)
    {
        public override void ApplyTo(OutboxEntry entry, Instant now) => entry.MarkSent(now, Landed);
    }

    /// <summary>It was already there after all.</summary>
    public sealed record FoundDelivered(long Id) : DeliveryOutcome(Id)
    {
        public override void ApplyTo(OutboxEntry entry, Instant now) => entry.MarkFoundDelivered(now);
    }

    /// <summary>A clear, transient failure: try again later.</summary>
    public sealed record Retry(long Id, Instant At, string Error) : DeliveryOutcome(Id)
    {
        public override void ApplyTo(OutboxEntry entry, Instant now) => entry.ScheduleRetry(At, Error);
    }

    /// <summary>A failure a retry cannot fix, or too many attempts.</summary>
    public sealed record Failed(long Id, string Error) : DeliveryOutcome(Id)
    {
        public override void ApplyTo(OutboxEntry entry, Instant now) => entry.MarkFailed(now, Error);
    }

    /// <summary>An unclear answer: the platform may have it; check before sending again.</summary>
    public sealed record InDoubt(long Id, Instant CheckAt, string Error) : DeliveryOutcome(Id)
    {
        public override void ApplyTo(OutboxEntry entry, Instant now) => entry.MarkInDoubt(CheckAt, Error);
    }
}
