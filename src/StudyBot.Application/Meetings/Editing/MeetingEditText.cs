using System.Globalization;
using NodaTime;

namespace StudyBot.Application.Meetings.Editing;

/// <summary>How an edit reads: the group's announcement and the organizer's reply.</summary>
public static class MeetingEditText
{
    /// <summary>"**Weekly review** changes from Tue 6 Apr 2027: time 19:00 → 19:30. Next: ...".</summary>
    public static string Announcement(MeetingEdited edited)
    {
        ArgumentNullException.ThrowIfNull(edited);
        return $"**{edited.Series.Title}** changes from {Day(edited.Edit.From)}: {string.Join("; ", edited.Edit.Changes)}.\n{Next(edited)}";
    }

    /// <summary>The organizer's reply: what changed, what carries on, what was dropped.</summary>
    public static string Reply(MeetingEdited edited, string groupName)
    {
        ArgumentNullException.ThrowIfNull(edited);
        var lines = new List<string>
        {
            $"Updated {MeetingText.Name(edited.Series)} from {Day(edited.Edit.From)}: {string.Join("; ", edited.Edit.Changes)}.",
            Next(edited),
        };
        if (edited.ContinuedFrom is { } earlier)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Meetings before then keep their settings as #{earlier.Id}; from then on it is #{edited.Series.Id} (`meeting:#{earlier.Id}` leads there too)."));
        }

        if (edited.Dropped.Count > 0)
        {
            lines.Add($"No longer applies (the meeting is not on that day any more): the change on {string.Join(", ", edited.Dropped.Select(Day))}.");
        }

        lines.Add($"Reminders are replanned and {groupName} has been told.");
        return string.Join('\n', lines);
    }

    private static string Next(MeetingEdited edited) =>
        edited.Next.Count == 0 ? "No meetings left ahead." : "Next: " + string.Join("; ", edited.Next.Select(o => MeetingText.When(o.Start, edited.Zone)));

    private static string Day(LocalDate date) => date.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture);
}
