using NodaTime;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Meetings;

/// <summary>Who came to one occurrence and who answered what.</summary>
/// <param name="Series">The series.</param>
/// <param name="Occurrence">The occurrence.</param>
/// <param name="Zone">The group's zone.</param>
/// <param name="Came">User ids recorded as present.</param>
/// <param name="Answers">The RSVPs.</param>
public sealed record AttendanceSheet(MeetingSeries Series, PlannedOccurrence Occurrence, DateTimeZone Zone, IReadOnlyList<string> Came, IReadOnlyList<Rsvp> Answers);

/// <summary>Attendance just recorded.</summary>
/// <param name="Series">The series.</param>
/// <param name="Occurrence">The occurrence.</param>
/// <param name="Zone">The group's zone.</param>
/// <param name="Present">The members recorded as present.</param>
public sealed record AttendanceRecorded(MeetingSeries Series, PlannedOccurrence Occurrence, DateTimeZone Zone, IReadOnlyList<GroupMember> Present);
