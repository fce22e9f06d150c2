namespace StudyBot.Core.Work;

/// <summary>Where scheduled work is in its life. Done work is deleted, so there is no "done".</summary>
public enum ScheduledWorkStatus
{
    /// <summary>Waiting for its due time (or for a retry).</summary>
    Pending = 0,

    /// <summary>Kept failing and was given up; kept for an operator to read.</summary>
    Failed = 1,
}
