using StudyBot.Core.Meetings;

namespace StudyBot.Application.Meetings;

/// <summary>One meeting ahead, with how people answered.</summary>
/// <param name="Series">The series.</param>
/// <param name="Occurrence">When it happens.</param>
/// <param name="Going">Members going.</param>
/// <param name="Maybe">Members who might come.</param>
/// <param name="Cant">Members who can't.</param>
public sealed record UpcomingMeeting(MeetingSeries Series, PlannedOccurrence Occurrence, int Going, int Maybe, int Cant)
{
    /// <summary>Whether anyone answered.</summary>
    public bool Answered => Going + Maybe + Cant > 0;
}
