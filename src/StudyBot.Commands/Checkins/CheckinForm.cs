using System.Globalization;
using StudyBot.Application.Checkins;
using StudyBot.Application.Groups;
using StudyBot.Commands.Goals;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Checkins;

/// <summary>The submitted check-in form (<c>checkin:{group}</c>): records it, with any goal progress.</summary>
public sealed class CheckinForm(GroupFinder groups, CheckinRecorder recorder) : IComponentHandler
{
    /// <inheritdoc />
    public static string Key => CheckinMessages.FormKey;

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var (group, error) = await CheckinComponents.GroupAsync(invocation, groups, cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return error!;
        }

        var recorded = await recorder.RecordAsync(group, invocation.Invoker, invocation.FormValues, cancellationToken).ConfigureAwait(false);
        if (!recorded.IsSuccess)
        {
            return Reply.Error(recorded.Error.Message);
        }

        var (_, checkin, moved, streak) = recorded.Value!;
        var lines = new List<string> { $"Checked in for **{group.Name}** ({checkin.LocalDate.ToString("ddd d MMM", CultureInfo.InvariantCulture)})." + (streak is null ? string.Empty : $" Streak: {streak.Current} (best {streak.Longest})."), };
        lines.AddRange(moved.Select(g => (g.DoneAt is not null ? "🎉 " : "• ") + GoalTexts.Line(g, group)));
        if (checkin.Blockers is not null)
        {
            lines.Add("Your blocker goes in the weekly digest so the group can help.");
        }

        return Reply.Private(string.Join("\n", lines));
    }
}
