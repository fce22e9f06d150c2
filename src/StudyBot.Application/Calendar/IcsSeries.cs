using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Calendar;

/// <summary>A meeting series as the calendar export needs it.</summary>
/// <param name="Uid">A stable, globally unique id such as <c>meeting-42@studybot</c>, so re-imports update rather than duplicate.</param>
/// <param name="Title">The meeting's title.</param>
/// <param name="Description">The agenda, if any.</param>
/// <param name="Location">Where it happens, if anywhere.</param>
/// <param name="Url">The call link, if any.</param>
/// <param name="Schedule">When it happens, as local rules.</param>
/// <param name="TimeZoneId">The group's zone: an IANA id, or a fixed offset such as <c>UTC+02:00</c>.</param>
/// <param name="Duration">How long each meeting lasts.</param>
/// <param name="ExcludedStarts">Scheduled starts of skipped or cancelled meetings.</param>
/// <param name="Moves">Meetings moved to another time.</param>
public sealed record IcsSeries(
    string Uid,
    string Title,
    string? Description,
    string? Location,
    string? Url,
    MeetingSchedule Schedule,
    string TimeZoneId,
    Duration Duration,
    IReadOnlyList<LocalDateTime> ExcludedStarts,
    IReadOnlyList<IcsMove> Moves);
