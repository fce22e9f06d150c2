using Microsoft.Extensions.Options;
using StudyBot.Core.Messaging;
using StudyBot.Slack.Configuration;

namespace StudyBot.Slack.Inbound;

/// <summary>Waits for a reply only as long as Slack's 3-second acknowledgement deadline allows.</summary>
internal sealed class ReplyBudget(IOptions<SlackOptions> options, TimeProvider time)
{
    /// <summary>The reply when it came within the budget; null when the caller must acknowledge now and answer later.</summary>
    public async Task<Reply?> WaitAsync(Task<Reply> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.IsCompleted)
        {
            return await work.ConfigureAwait(false);
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(options.Value.InlineReplyBudget, time, timer.Token);
        var first = await Task.WhenAny(work, deadline).ConfigureAwait(false);
        await timer.CancelAsync().ConfigureAwait(false);
        if (first == work)
        {
            return await work.ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return null;
    }
}
