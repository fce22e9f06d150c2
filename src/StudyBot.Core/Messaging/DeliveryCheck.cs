namespace StudyBot.Core.Messaging;

/// <summary>What a platform says about a message whose delivery is in doubt.</summary>
public enum DeliveryCheck
{
    /// <summary>The message is not there: send it.</summary>
    NotDelivered = 0,

    /// <summary>The message is there already: mark it sent, do not send it again.</summary>
    Delivered = 1,

    /// <summary>The platform cannot be asked, but it turns a repeated send into the same message (Discord's nonce).</summary>
    ResendIsSafe = 2,
}
