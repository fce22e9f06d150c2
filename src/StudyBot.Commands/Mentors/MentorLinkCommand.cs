using StudyBot.Application.Mentors;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Mentors;

/// <summary><c>/mentor link</c>: pairs a member with a mentor and their weekly check-in.</summary>
public sealed class MentorLinkCommand(MentorLinks links) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "mentor link",
        "Pair a member with a mentor (anyone in the workspace) and a weekly check-in between them",
        "mentor link member:@bob mentor:@carol every:\"fri 17:00\"",
        CommandAccess.GroupMember,
        [
            new("member", OptionType.User, "Who is mentored (yourself, or anyone when you are an organizer)") { Required = true },
            new("mentor", OptionType.User, "Their mentor: a member or anyone else in this workspace") { Required = true },
            new("every", OptionType.String, "Their weekly check-in, a weekday and time in each person's own zone (default: fri 17:00)") { MaxLength = 20 },
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.Group().Name,
        AccessAction = "pair mentors",
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var member = context.GetUser("member")!;
        var mentor = context.GetUser("mentor")!;
        var linked = await links.LinkAsync(context.Workspace, context.Group, context.Invoker, member, mentor, context.GetString("every"), cancellationToken).ConfigureAwait(false);
        if (!linked.IsSuccess)
        {
            return Reply.Error(linked.Error.Message);
        }

        var pairing = linked.Value!;
        return Reply.Public($"{RichText.User(member.Id, member.DisplayName)} is now mentored by {RichText.User(mentor.Id, mentor.DisplayName)} in **{context.Group.Name}**. Their check-in: {pairing.Cadence.Describe()}, in each one's own zone: the mentor gets the week's check-ins and goal progress by DM and answers with Reply. `/mentor ask` reaches the mentor any time.") with
        {
            // Both are told they were paired; nobody else is pinged.
            MentionUserIds = [member.Id, mentor.Id],
        };
    }
}
