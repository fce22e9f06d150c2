using StudyBot.Application.Roles;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Roles;
using StudyBot.Core.Time;

namespace StudyBot.Commands.Roles;

/// <summary><c>/role upcoming</c>: who does what at the group's next meetings; rotations not fixed yet are a forecast.</summary>
public sealed class RoleUpcomingCommand(RoleRotations rotations, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "role upcoming",
        "Preview who does which role at the next 4 meetings",
        "role upcoming group:\"Algo Club\"",
        CommandAccess.Anyone,
        [MeetingOptions.Group()])
    {
        GroupOption = MeetingOptions.GroupOption,
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.Group;
        var meetings = await rotations.UpcomingAsync(group, RoleLimits.UpcomingMeetings, time.Now(), cancellationToken).ConfigureAwait(false);
        if (meetings.Count == 0)
        {
            return Reply.Private($"{group.Name} has no roles or no meetings ahead. `/role list` shows its roles and `/meeting list` its meetings.");
        }

        var name = RoleMessages.Names(group);
        var lines = new List<string> { $"Roles at the next meetings of **{group.Name}**:" };
        foreach (var meeting in meetings)
        {
            lines.Add($"{RoleMessages.When(meeting)}, **{meeting.Series.Title}**{(meeting.Fixed ? " (fixed)" : " (forecast)")}");
            lines.AddRange(RoleMessages.Lines(meeting, name).Select(l => "  • " + l));
        }

        if (meetings.Any(m => !m.Fixed))
        {
            lines.Add("A forecast can still change: it follows who says they can't come, away periods and swaps.");
        }

        return Reply.Private(string.Join("\n", lines));
    }
}
