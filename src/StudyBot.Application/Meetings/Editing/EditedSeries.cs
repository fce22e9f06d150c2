using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Meetings.Editing;

/// <summary>A series' settings after an edit, checked, with what changed in words.</summary>
/// <param name="From">The first day the edit applies to.</param>
/// <param name="Split">True when meetings before <paramref name="From"/> keep the old settings in the old series and a new series carries on.</param>
/// <param name="Title">The title.</param>
/// <param name="Schedule">When the (continuing) series meets.</param>
/// <param name="Duration">Each meeting's length.</param>
/// <param name="Location">Room or link.</param>
/// <param name="Agenda">What the meetings cover.</param>
/// <param name="Offsets">Reminder offsets.</param>
/// <param name="EarlierCount">Meetings of the old series before <paramref name="From"/>, for a split series limited by a count.</param>
/// <param name="Changes">What changed, e.g. "time 19:00 → 19:30".</param>
public sealed record EditedSeries(
    LocalDate From,
    bool Split,
    string Title,
    MeetingSchedule Schedule,
    Duration Duration,
    string? Location,
    string? Agenda,
    IReadOnlyList<Duration> Offsets,
    int EarlierCount,
    IReadOnlyList<string> Changes);
