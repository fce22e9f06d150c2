using Microsoft.Extensions.Options;
using StudyBot.Commands.Intake;
using StudyBot.Core.Messaging;
using StudyBot.Slack.Configuration;

namespace StudyBot.Slack.Inbound;

/// <summary>Waits for a reply only as long as Slack's 3-second acknowledgement deadline allows, counted from the request's arrival.</summary>
internal sealed class ReplyBudget(IOptions<SlackOptions> options, CommandIntake intake)
{
    /// <summary>The reply when it came within the budget; null when the caller must acknowledge now and answer later.</summary>
    public Task<Reply?> WaitAsync(Task<Reply> work, Receipt receipt, CancellationToken cancellationToken) =>
        intake.WithinAsync(work, receipt, options.Value.InlineReplyBudget, cancellationToken);
}
