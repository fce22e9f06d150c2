using StudyBot.Application.Checkins;
using StudyBot.Application.Groups;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Time;

namespace StudyBot.Commands.Checkins;

/// <summary><c>/stats</c>: a member's check-ins, streak, attendance and goals, with a chart.</summary>
public sealed class StatsCommand(CheckinSettings settings, CheckinReport report, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "stats",
        "Check-in rate, streak, meeting attendance and goals, with a chart",
        "stats member:@bob",
        CommandAccess.GroupMember,
        [
            new("member", OptionType.User, "Whose stats (default: yours)"),
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "see its stats",
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.Group;
        var userId = context.GetUser("member")?.Id ?? context.Invoker.UserId;
        var member = group.FindMember(userId);
        if (member is null)
        {
            return Reply.Error($"{context.GetUser("member")?.DisplayName ?? userId} is not a member of {group.Name}.");
        }

        // Personal goals are their owner's and the organizers' to see.
        var showPersonal = userId == context.Invoker.UserId || Permissions.IsOrganizer(group, context.Invoker);
        var schedule = await settings.FindAsync(group.Id, cancellationToken).ConfigureAwait(false);
        return await report.StatsAsync(group, schedule, member, showPersonal, time.Now(), cancellationToken).ConfigureAwait(false);
    }
}
