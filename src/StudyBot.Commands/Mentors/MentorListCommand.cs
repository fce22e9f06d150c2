using StudyBot.Application.Mentors;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Mentors;

/// <summary><c>/mentor list</c>: the group's mentoring pairs and their check-in times.</summary>
public sealed class MentorListCommand(MentorLinks links) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "mentor list",
        "List the group's mentoring pairs and their weekly check-ins",
        "mentor list",
        CommandAccess.GroupMember,
        [MeetingOptions.Group()])
    {
        GroupOption = MeetingOptions.Group().Name,
        AccessAction = "see its mentors",
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pairs = await links.ListAsync(context.Group, cancellationToken).ConfigureAwait(false);
        return pairs.Count == 0
            ? Reply.Private($"{context.Group.Name} has no mentoring pairs yet. Pair one with `/mentor link member:@someone mentor:@someone-else`.")
            : Reply.Private($"Mentoring in **{context.Group.Name}**:\n" + string.Join('\n', pairs.Select(p => $"• {MentorMessages.MemberName(context.Group, p)}, mentored by {p.MentorName}: {p.Cadence.Describe()}")));
    }
}
