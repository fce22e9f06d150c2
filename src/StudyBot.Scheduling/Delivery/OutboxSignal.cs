using StudyBot.Core.Threading;

namespace StudyBot.Scheduling.Delivery;

/// <summary>Wakes the outbox dispatcher when new entries were committed.</summary>
public sealed class OutboxSignal : WakeSignal;
