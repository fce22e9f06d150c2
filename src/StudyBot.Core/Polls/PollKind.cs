namespace StudyBot.Core.Polls;

/// <summary>What a poll decides, and so what happens when it closes.</summary>
public enum PollKind
{
    /// <summary>A question; the result is announced and nothing else happens.</summary>
    Plain,

    /// <summary>Options are candidate goals; the winner becomes a group goal.</summary>
    Goal,

    /// <summary>Options are meeting times; the winner schedules the meeting or moves the next occurrence of a series.</summary>
    MeetingTime,
}
