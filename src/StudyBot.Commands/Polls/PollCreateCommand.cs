using StudyBot.Application.Meetings;
using StudyBot.Application.Polls;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Core.Polls;

namespace StudyBot.Commands.Polls;

/// <summary><c>/poll create</c>: a plain poll, a goal poll or a meeting-time poll, posted in the group's channel.</summary>
public sealed class PollCreateCommand(PollCreation polls) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "poll create",
        "Ask the group: 2 to 10 options separated by |, open 24 h unless closes: says otherwise",
        "poll create question:\"Which chapter next?\" options:\"Chapter 3 | Chapter 4 | Chapter 5\" closes:\"fri 18:00\"",
        CommandAccess.GroupMember,
        [
            OptionDefinition.RequiredText("question", "What to ask", PollLimits.QuestionMaxLength),
            OptionDefinition.RequiredText("options", "2 to 10 options separated by |, e.g. Chapter 3 | Chapter 4", (PollLimits.OptionMaxLength + 3) * PollLimits.MaxOptions),
            new("kind", OptionType.String, "plain (default); goal: the winner becomes a group goal; meeting: options are times, the winner is scheduled") { Choices = ["plain", "goal", "meeting"] },
            new("closes", OptionType.String, "Deadline, e.g. fri 18:00, tomorrow 9am or in 2 days (default: in 24 hours; at most 32 days)") { MaxLength = 40 },
            new("multiple", OptionType.Boolean, "Let members choose several options (default: one)"),
            new("anonymous", OptionType.Boolean, "Nobody, organizers included, sees who chose what (default: votes are visible)"),
            new("results", OptionType.String, "live (default) or hidden until the poll closes") { Choices = ["live", "hidden"] },
            new("due", OptionType.String, "Goal polls: when the winning goal is due, e.g. 2027-01-31") { MaxLength = 40 },
            new("meeting", OptionType.String, "Meeting-time polls: the series whose next meeting moves to the winning time") { MaxLength = 100 },
            new("title", OptionType.String, "Meeting-time polls: the new meeting's title (default: the question)") { MaxLength = PollCreation.MeetingTitleMaxLength },
            new("duration", OptionType.String, "Meeting-time polls: the new meeting's length, e.g. 90m (default: 60m)") { MaxLength = 20 },
            PollTexts.Group(),
        ])
    {
        GroupOption = PollTexts.Group().Name,
        AccessAction = "ask its polls",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = new PollRequest(
            context.RequireString("question"),
            context.RequireString("options"),
            context.GetString("kind"),
            context.GetString("closes"),
            context.GetBoolean("multiple") ?? false,
            context.GetBoolean("anonymous") ?? false,
            context.GetString("results") == "hidden")
        {
            Due = context.GetString("due"),
            Meeting = context.GetString("meeting"),
            Title = context.GetString("title"),
            Duration = context.GetString("duration"),
        };
        var created = await polls.CreateAsync(context.Group, context.Invoker, context.Workspace.Platform, request, cancellationToken).ConfigureAwait(false);
        if (!created.IsSuccess)
        {
            return Reply.Error(created.Error.Message);
        }

        var poll = created.Value!.Poll;
        var zone = context.Group.Zone();
        var notes = created.Value.Notes.Count == 0 ? string.Empty : " " + string.Join(' ', created.Value.Notes);

        // Times as the group reads them, each with a timestamp every reader sees in their own zone.
        var times = poll.Kind == PollKind.MeetingTime
            ? "\nThe times: " + string.Join(", ", poll.Options.Select(o => $"{o.Index + 1}. {MeetingText.When(Occurrences.Resolve(o.StartsAt!.Value, zone), zone)}"))
            : string.Empty;
        return Reply.Private($"Poll #{poll.Id} is posted in {context.Group.Name}'s channel and closes {MeetingText.When(poll.ClosesAt, zone)}. Close it early with `/poll close poll:{poll.Id}`.{notes}{times}");
    }
}
