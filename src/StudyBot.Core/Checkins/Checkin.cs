using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Checkins;

/// <summary>A member's check-in: what they did and what blocks them, on a day of their own calendar.</summary>
public sealed class Checkin
{
    /// <summary>Longest answer to "what I did" or "blockers".</summary>
    public const int TextMaxLength = 1000;

    private Checkin(long groupId, string userId, Instant at, LocalDate localDate, string did, string? blockers)
    {
        GroupId = groupId;
        UserId = userId;
        At = at;
        LocalDate = localDate;
        Did = did;
        Blockers = blockers;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The group.</summary>
    public long GroupId { get; private set; }

    /// <summary>The member.</summary>
    public string UserId { get; private set; }

    /// <summary>When they checked in.</summary>
    public Instant At { get; private set; }

    /// <summary>
    /// The day it counts for, in the member's zone when they checked in. Kept, so moving to another zone later
    /// does not rewrite the streak they built.
    /// </summary>
    public LocalDate LocalDate { get; private set; }

    /// <summary>What they did.</summary>
    public string Did { get; private set; }

    /// <summary>What blocks them, if anything.</summary>
    public string? Blockers { get; private set; }

    /// <summary>Validates and creates a check-in.</summary>
    public static Result<Checkin> Create(long groupId, string userId, Instant at, LocalDate localDate, string? did, string? blockers)
    {
        var done = (did ?? string.Empty).Trim();
        if (done.Length == 0)
        {
            return Result<Checkin>.Fail("Say briefly what you did (even \"nothing today\" counts); the check-in was not saved.");
        }

        if (done.Length > TextMaxLength || blockers?.Trim().Length > TextMaxLength)
        {
            return Result<Checkin>.Fail($"Answers can be at most {TextMaxLength} characters each; the check-in was not saved.");
        }

        var blocked = blockers?.Trim();
        return new Checkin(groupId, userId, at, localDate, done, string.IsNullOrEmpty(blocked) || IsNone(blocked) ? null : blocked);
    }

    // People write "none" or "-" rather than leaving the box empty; that is not a blocker to list in the digest.
    private static bool IsNone(string text) =>
        text.Trim('.', '!', ' ').ToUpperInvariant() is "NONE" or "NO" or "-" or "N/A" or "NOTHING" or "NOPE";
}
