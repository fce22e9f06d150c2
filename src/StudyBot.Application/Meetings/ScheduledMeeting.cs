using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Meetings;

/// <summary>A series just scheduled, with what the organizer should see echoed.</summary>
/// <param name="Series">The stored series.</param>
/// <param name="Schedule">Its rule.</param>
/// <param name="Duration">Length of each meeting.</param>
/// <param name="Offsets">Its reminders.</param>
/// <param name="First">The first few meetings still ahead.</param>
/// <param name="StartAsTyped">The start in the zone it was typed in (<c>7pm EST</c>), when that was not the group's; else null.</param>
public sealed record ScheduledMeeting(MeetingSeries Series, MeetingSchedule Schedule, Duration Duration, IReadOnlyList<Duration> Offsets, IReadOnlyList<Occurrence> First, ZonedDateTime? StartAsTyped = null);
