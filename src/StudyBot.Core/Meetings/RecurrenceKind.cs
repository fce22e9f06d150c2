namespace StudyBot.Core.Meetings;

/// <summary>The shapes of meeting recurrence StudyBot supports.</summary>
public enum RecurrenceKind
{
    /// <summary>A one-off meeting.</summary>
    Once,

    /// <summary>On a set of weekdays, every week or every N weeks.</summary>
    Weekly,

    /// <summary>On the Nth (1 to 4) or last given weekday of each month.</summary>
    MonthlyByWeekday,

    /// <summary>On a day of the month; months without that day are skipped.</summary>
    MonthlyByDay,
}
