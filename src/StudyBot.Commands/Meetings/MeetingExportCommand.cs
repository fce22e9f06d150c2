using StudyBot.Application.Calendar;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting export</c>: the group's meetings as an .ics file calendar programs import.</summary>
public sealed class MeetingExportCommand(MeetingCalendarExport export) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting export",
        "Download a group's meetings as a calendar (.ics) file",
        "meeting export group:\"Algo Club\"",
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
        var file = await export.ExportAsync(group, cancellationToken).ConfigureAwait(false);
        if (!file.IsSuccess)
        {
            return Reply.Error(file.Error.Message);
        }

        var (name, content, count) = file.Value!;
        return new Reply
        {
            Text = $"{group.Name}'s meetings as a calendar file ({count} series). Import it into Google Calendar, Outlook or Apple Calendar.",
            Ephemeral = true,
            Attachments = [new ReplyAttachment(name, "text/calendar", content)],
        };
    }
}
