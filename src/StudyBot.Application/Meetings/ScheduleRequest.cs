namespace StudyBot.Application.Meetings;

/// <summary>A meeting series as people typed it; <see cref="MeetingScheduling"/> reads and checks every part.</summary>
/// <param name="Title">What the meeting is called.</param>
/// <param name="Start">The first start, e.g. <c>tue 19:00</c>.</param>
/// <param name="Repeat">How it repeats, e.g. <c>every tue</c>; null for once.</param>
/// <param name="Duration">How long, e.g. <c>90m</c>; null for an hour.</param>
/// <param name="Location">Room or link.</param>
/// <param name="Agenda">What it covers.</param>
/// <param name="Reminders">Offsets such as <c>1d,15m</c>; null for the default.</param>
/// <param name="Until">Last date, e.g. <c>2027-06-30</c>.</param>
/// <param name="Count">Number of meetings.</param>
public sealed record ScheduleRequest(string Title, string Start, string? Repeat = null, string? Duration = null, string? Location = null, string? Agenda = null, string? Reminders = null, string? Until = null, int? Count = null);
