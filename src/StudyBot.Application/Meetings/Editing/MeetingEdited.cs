using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Meetings.Editing;

/// <summary>A series after <c>/meeting edit</c>.</summary>
/// <param name="Series">The series that carries on (a new one when <paramref name="ContinuedFrom"/> is set).</param>
/// <param name="ContinuedFrom">The series that now ends the day before the edit applies, or null when edited in place.</param>
/// <param name="Edit">What was changed, from which day.</param>
/// <param name="Next">The next meetings of <paramref name="Series"/>.</param>
/// <param name="Dropped">Skips and moves of days the new rule no longer meets on.</param>
/// <param name="Zone">The group's zone.</param>
public sealed record MeetingEdited(MeetingSeries Series, MeetingSeries? ContinuedFrom, EditedSeries Edit, IReadOnlyList<PlannedOccurrence> Next, IReadOnlyList<LocalDate> Dropped, DateTimeZone Zone);
