using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Roles;

/// <summary>
/// Days a member is away (holiday, exams), in their own zone, both ends included. Away members are skipped
/// by role rotations and get no check-in prompts. It holds in every group of the workspace.
/// </summary>
public sealed class AwayPeriod
{
    private AwayPeriod(long workspaceId, string userId, LocalDate from, LocalDate until, string? note, Instant createdAt)
    {
        WorkspaceId = workspaceId;
        UserId = userId;
        From = from;
        Until = until;
        Note = note;
        CreatedAt = createdAt;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The workspace.</summary>
    public long WorkspaceId { get; private set; }

    /// <summary>The member.</summary>
    public string UserId { get; private set; }

    /// <summary>First day away.</summary>
    public LocalDate From { get; private set; }

    /// <summary>Last day away.</summary>
    public LocalDate Until { get; private set; }

    /// <summary>Why, if they said.</summary>
    public string? Note { get; private set; }

    /// <summary>When it was set.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>Whether <paramref name="date"/> (in the member's zone) falls in the period.</summary>
    public bool Covers(LocalDate date) => date >= From && date <= Until;

    /// <summary>Validates and creates a period; <paramref name="today"/> is today in the member's zone.</summary>
    public static Result<AwayPeriod> Create(long workspaceId, string userId, LocalDate from, LocalDate until, string? note, LocalDate today, Instant now)
    {
        if (until < from)
        {
            return Result<AwayPeriod>.Fail($"`until` ({until:ddd d MMM uuuu}) is before `from` ({from:ddd d MMM uuuu}); an away period ends on or after the day it starts.");
        }

        if (until < today)
        {
            return Result<AwayPeriod>.Fail($"That period ended on {until:ddd d MMM uuuu}, before today; there is nothing to skip.");
        }

        var days = Period.Between(from, until, PeriodUnits.Days).Days + 1;
        if (days > RoleLimits.AwayMaxDays)
        {
            return Result<AwayPeriod>.Fail($"Away periods can be at most a year ({RoleLimits.AwayMaxDays} days); this one is {days} days. Set a shorter one and extend it later.");
        }

        var trimmed = note?.Trim();
        if (trimmed?.Length > RoleLimits.AwayNoteMaxLength)
        {
            return Result<AwayPeriod>.Fail($"Away notes can be at most {RoleLimits.AwayNoteMaxLength} characters; this one has {trimmed.Length}.");
        }

        return new AwayPeriod(workspaceId, userId, from, until, string.IsNullOrEmpty(trimmed) ? null : trimmed, now);
    }
}
