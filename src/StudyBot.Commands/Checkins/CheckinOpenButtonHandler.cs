using StudyBot.Application.Checkins;
using StudyBot.Application.Groups;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Checkins;

/// <summary>The prompt's "Check in" button (<c>checkin-open:{group}</c>): opens the check-in form.</summary>
public sealed class CheckinOpenButtonHandler(GroupFinder groups, CheckinRecorder recorder) : IComponentHandler
{
    /// <inheritdoc />
    public static string Key => CheckinMessages.OpenAction;

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var (group, error) = await CheckinComponents.GroupAsync(invocation, groups, cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return error!;
        }

        var form = await recorder.FormAsync(group, invocation.Invoker, cancellationToken).ConfigureAwait(false);
        return form.IsSuccess
            ? new Reply { Text = $"Check in for {group.Name}", Form = form.Value, Ephemeral = true }
            : Reply.Error(form.Error.Message);
    }
}
