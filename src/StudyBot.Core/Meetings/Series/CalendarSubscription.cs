using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>
/// A member's private calendar feed of a group's meetings. Only a hash of its secret token is stored: the link
/// is shown once, and a copy of the database does not give anyone the feeds.
/// </summary>
public sealed class CalendarSubscription
{
    /// <summary>Creates a subscription for <paramref name="userId"/> to the meetings of group <paramref name="groupId"/>.</summary>
    public CalendarSubscription(long groupId, string userId, string tokenHash, Instant createdAt)
    {
        GroupId = groupId;
        UserId = userId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The group whose meetings the feed shows.</summary>
    public long GroupId { get; private set; }

    /// <summary>The member it belongs to; the feed stops when they leave the group.</summary>
    public string UserId { get; private set; }

    /// <summary>SHA-256 of the token in the feed's URL, as lowercase hex.</summary>
    public string TokenHash { get; private set; }

    /// <summary>When it was made.</summary>
    public Instant CreatedAt { get; private set; }
}
