using StudyBot.Core.Messaging;

namespace StudyBot.Scheduling.Delivery;

/// <summary>What claiming an edit comes to: the message to update, a reason to drop the edit, or neither (it waits).</summary>
internal readonly record struct EditDecision(SentMessage? Target, string? DropReason)
{
    public static EditDecision Wait => default;

    public static EditDecision Apply(SentMessage target) => new(target, null);

    public static EditDecision Drop(string reason) => new(null, reason);
}
