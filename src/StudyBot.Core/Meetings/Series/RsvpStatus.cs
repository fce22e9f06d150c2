namespace StudyBot.Core.Meetings;

/// <summary>Going, maybe, or can't.</summary>
public enum RsvpStatus
{
    /// <summary>Will come.</summary>
    Going = 0,

    /// <summary>Might come.</summary>
    Maybe = 1,

    /// <summary>Can't come.</summary>
    Cant = 2,
}
