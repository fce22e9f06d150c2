using NodaTime;
using StudyBot.Core.Messaging;

namespace StudyBot.Scheduling.Delivery;

/// <summary>An outbox entry this dispatcher has claimed for one attempt.</summary>
/// <param name="Id">The entry.</param>
/// <param name="Message">What to deliver.</param>
/// <param name="InDoubt">It was claimed before and may already be on the platform: check first.</param>
/// <param name="ClaimedAt">When it was first claimed, where a search of the platform starts.</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="EditTarget">For an edit, the delivered message it replaces; null for a new post.</param>
internal sealed record ClaimedMessage(long Id, OutboundMessage Message, bool InDoubt, Instant ClaimedAt, int Attempts, SentMessage? EditTarget);
