using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StudyBot.Application.Meetings;
using StudyBot.Core.Meetings;

namespace StudyBot.Discord.ScheduledEvents;

/// <summary>How a meeting occurrence looks as a Discord event, and a hash to notice when that changes.</summary>
internal static class MeetingEvent
{
    /// <summary>EXTERNAL events need a location; a meeting without one happens where the group talks.</summary>
    public const string NoLocation = "See the group's channel";

    public static ExternalScheduledEvent For(MeetingSeries series, PlannedOccurrence occurrence)
    {
        var start = occurrence.Start.ToDateTimeOffset();
        return new ExternalScheduledEvent(
            series.Title,
            string.IsNullOrWhiteSpace(series.Agenda) ? null : series.Agenda.Trim(),
            string.IsNullOrWhiteSpace(series.Location) ? NoLocation : series.Location.Trim(),
            start,
            start.AddMinutes(series.DurationMinutes));
    }

    /// <summary>SHA-256 of every detail sent, in hex: equal hashes mean nothing to update.</summary>
    public static string Hash(ExternalScheduledEvent meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var text = string.Join(
            '\u001F',
            meeting.Name,
            meeting.Description ?? string.Empty,
            meeting.Location,
            meeting.Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            meeting.End.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
