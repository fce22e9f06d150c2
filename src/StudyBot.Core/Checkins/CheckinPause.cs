using NodaTime;

namespace StudyBot.Core.Checkins;

/// <summary>
/// A stretch without check-in prompts, for one member or the whole group. Kept after it ends, so the days
/// it covered neither break nor extend anyone's streak.
/// </summary>
public sealed class CheckinPause
{
    /// <summary>Starts a pause.</summary>
    public CheckinPause(long groupId, string? userId, Instant from)
    {
        GroupId = groupId;
        UserId = userId;
        From = from;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The group.</summary>
    public long GroupId { get; private set; }

    /// <summary>The member paused; null when the whole group is.</summary>
    public string? UserId { get; private set; }

    /// <summary>When it began.</summary>
    public Instant From { get; private set; }

    /// <summary>When it ended; null while it lasts.</summary>
    public Instant? Until { get; private set; }

    /// <summary>Whether it still lasts.</summary>
    public bool IsActive => Until is null;

    /// <summary>Ends the pause.</summary>
    public void End(Instant at) => Until = at;

    /// <summary>The member's local dates it touched, up to <paramref name="now"/> for a pause that lasts.</summary>
    public IEnumerable<LocalDate> Dates(DateTimeZone zone, Instant now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        for (var date = From.InZone(zone).Date; date <= (Until ?? now).InZone(zone).Date; date = date.PlusDays(1))
        {
            yield return date;
        }
    }
}
