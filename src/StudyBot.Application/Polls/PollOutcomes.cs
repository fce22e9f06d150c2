using NodaTime.Text;
using StudyBot.Application.Goals;
using StudyBot.Application.Meetings;
using StudyBot.Core.Groups;
using StudyBot.Core.Polls;
using StudyBot.Core.Time;

namespace StudyBot.Application.Polls;

/// <summary>
/// What a decided poll does: a goal poll's winner becomes a group goal, a meeting-time poll's winner schedules the
/// meeting or moves the series' next one. Done as the poll's asker; a winner that can no longer be applied (the
/// time has passed, the group has too many goals) is reported in the result instead.
/// </summary>
public sealed class PollOutcomes(GoalTracker goals, MeetingScheduling scheduling, OccurrenceChanges changes, SeriesOccurrences occurrences, MeetingFinder meetings, TimeProvider time)
{
    /// <summary>Applies the winner of <paramref name="poll"/>; returns the sentence that says what happened, or null for a plain poll.</summary>
    public async Task<string?> ApplyAsync(Poll poll, Group group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(group);
        if (poll.Winner is not { } winner)
        {
            return null;
        }

        var asker = new Invoker(poll.CreatedBy, group.DisplayNameOf(poll.CreatedBy));
        return poll.Kind switch
        {
            PollKind.Goal => await GoalAsync(poll, group, asker, winner, cancellationToken).ConfigureAwait(false),
            PollKind.MeetingTime when poll.SeriesId is { } series => await MoveAsync(group, asker, series, winner, cancellationToken).ConfigureAwait(false),
            PollKind.MeetingTime => await ScheduleAsync(poll, group, asker, winner, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
    }

    private async Task<string> GoalAsync(Poll poll, Group group, Invoker asker, PollOption winner, CancellationToken cancellationToken)
    {
        var due = poll.GoalDue is { } date ? LocalDatePattern.Iso.Format(date) : null;
        var added = await goals.AddAsync(group, asker, forGroup: true, winner.Text, target: null, due, cancellationToken).ConfigureAwait(false);
        return added.IsSuccess
            ? $"New group goal #{added.Value!.Id}: **{added.Value.Title}**{(due is null ? string.Empty : $", due {poll.GoalDue:ddd d MMM uuuu}")}. Record progress with `/goal progress goal:#{added.Value.Id} amount:1`."
            : $"The winner could not become a goal: {added.Error.Message}";
    }

    private async Task<string> ScheduleAsync(Poll poll, Group group, Invoker asker, PollOption winner, CancellationToken cancellationToken)
    {
        var request = new ScheduleRequest(poll.MeetingTitle ?? poll.Question, PollOptionsText.StartText(winner.StartsAt!.Value), Duration: $"{poll.MeetingMinutes ?? 60}m");
        var scheduled = await scheduling.ScheduleAsync(group, asker, request, cancellationToken).ConfigureAwait(false);
        return scheduled.IsSuccess
            ? $"Scheduled **{scheduled.Value!.Series.Title}** (meeting #{scheduled.Value.Series.Id}) for {MeetingText.When(scheduled.Value.First[0].Start, group.Zone())}; reminders follow as usual."
            : $"The meeting could not be scheduled: {scheduled.Error.Message}";
    }

    private async Task<string> MoveAsync(Group group, Invoker asker, long seriesId, PollOption winner, CancellationToken cancellationToken)
    {
        var reference = $"#{seriesId}";
        var series = await meetings.FindAsync(group, reference, cancellationToken).ConfigureAwait(false);
        if (!series.IsSuccess)
        {
            return $"The meeting could not be moved: {series.Error.Message}";
        }

        var next = await occurrences.UpcomingAsync(series.Value!, group.Zone(), time.Now(), 1, cancellationToken).ConfigureAwait(false);
        if (next.Count == 0)
        {
            return $"**{series.Value!.Title}** has no meeting left to move.";
        }

        var date = LocalDatePattern.Iso.Format(next[0].Local.Date);
        var moved = await changes.MoveAsync(group, reference, date, PollOptionsText.StartText(winner.StartsAt!.Value), asker, cancellationToken).ConfigureAwait(false);
        return moved.IsSuccess
            ? $"The next **{series.Value!.Title}** meeting moves to {MeetingText.When(moved.Value!.MovedTo!.Value, group.Zone())}."
            : $"The meeting could not be moved: {moved.Error.Message}";
    }
}
