namespace StudyBot.Core.Goals;

/// <summary>Limits on goals and check-ins, shared by validation and help texts.</summary>
public static class GoalLimits
{
    /// <summary>Longest goal title.</summary>
    public const int TitleMaxLength = 80;

    /// <summary>Longest unit, such as "chapters".</summary>
    public const int UnitMaxLength = 20;

    /// <summary>Longest note on a progress entry.</summary>
    public const int NoteMaxLength = 300;

    /// <summary>Most open goals a member (or a group, for group goals) can have in one group.</summary>
    public const int OpenGoalsPerOwner = 20;

    /// <summary>Largest target or amount; keeps the numbers people type within reason.</summary>
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>Goals a check-in form offers at most (a form holds five inputs: what I did, blockers, three goals).</summary>
    public const int GoalsPerCheckinForm = 3;
}
