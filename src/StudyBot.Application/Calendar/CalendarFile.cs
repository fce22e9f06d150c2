namespace StudyBot.Application.Calendar;

/// <summary>A group's meetings as an .ics file.</summary>
/// <param name="FileName">Such as <c>algo-club.ics</c>.</param>
/// <param name="Content">The iCalendar text, UTF-8.</param>
/// <param name="SeriesCount">How many series it holds.</param>
public sealed record CalendarFile(string FileName, byte[] Content, int SeriesCount);
