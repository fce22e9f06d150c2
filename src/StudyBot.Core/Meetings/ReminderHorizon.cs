using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>
/// How far ahead a series' reminders are planned. The series is planned again when its next meeting
/// starts (the advance); so every reminder due before that instant must be planned now, whichever
/// meeting it belongs to. With a 1-week reminder on a weekly meeting, the week after a spring-forward is
/// an hour shorter, and the next meeting's reminder falls due an hour before this meeting starts.
/// </summary>
public static class ReminderHorizon
{
    /// <summary>
    /// The reminders to plan and the advance, given the series' upcoming occurrences in start order.
    /// Reminders due at or before <paramref name="after"/> are left out: they are past, or already planned
    /// by the previous run.
    /// </summary>
    public static ReminderPlan Plan(IEnumerable<PlannedOccurrence> upcoming, IReadOnlyCollection<Duration> offsets, Instant after)
    {
        ArgumentNullException.ThrowIfNull(upcoming);
        ArgumentNullException.ThrowIfNull(offsets);
        var longest = offsets.Count == 0 ? Duration.Zero : offsets.Max();
        var reminders = new List<PlannedReminder>();
        PlannedOccurrence? first = null;
        foreach (var occurrence in upcoming)
        {
            first ??= occurrence;
            var advanceAt = first.Start;

            // Occurrences come in start order: once one's earliest reminder is not before the advance, no later one's is.
            if (occurrence != first && occurrence.Start - longest >= advanceAt)
            {
                break;
            }

            foreach (var offset in offsets)
            {
                var due = occurrence.Start - offset;
                if (due > after && due < advanceAt)
                {
                    reminders.Add(new PlannedReminder(occurrence, offset, due));
                }
            }
        }

        return new ReminderPlan(reminders.OrderBy(r => r.DueAt).ToList(), first);
    }
}
