using StudyBot.Application;
using StudyBot.Application.Meetings;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Parsing;
using StudyBot.Commands.Routing;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting attendance</c>: organizers record who came; without <c>present:</c> it shows the record and the RSVPs.</summary>
public sealed class MeetingAttendanceCommand(MeetingAttendance attendance) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting attendance",
        "Record who came to a meeting, or show who came and who answered",
        "meeting attendance date:yesterday present:\"@alice @bob\"",
        CommandAccess.GroupOrganizer,
        [
            MeetingOptions.Date(required: false, "Day of the meeting, e.g. 2027-03-16, yesterday or last thu (default: the latest held)"),
            OptionDefinition.OptionalText("present", "Who came, e.g. \"@alice @bob\"", 1000),
            MeetingOptions.Meeting(),
            MeetingOptions.Group(),
        ])
    {
        GroupOption = MeetingOptions.GroupOption,
        AccessAction = "record or read attendance",
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (group, meeting, date) = (context.Group, context.GetString("meeting"), context.GetString("date"));
        if (context.GetString("present") is not { } present)
        {
            var sheet = await attendance.SheetAsync(group, meeting, date, cancellationToken).ConfigureAwait(false);
            return sheet.IsSuccess ? Show(sheet.Value!) : Reply.Error(sheet.Error.Message);
        }

        var people = UserList.Parse(present);
        if (!people.IsSuccess)
        {
            return Reply.Error(people.Error.Message);
        }

        var recorded = await attendance.RecordAsync(group, meeting, date, people.Value!, context.Invoker, cancellationToken).ConfigureAwait(false);
        if (!recorded.IsSuccess)
        {
            return Reply.Error(recorded.Error.Message);
        }

        var (series, occurrence, zone, members) = recorded.Value!;
        var names = members.Select(m => RichText.User(m.UserId, m.DisplayName));
        return Reply.Private($"Recorded attendance for **{series.Title}** on {MeetingText.When(occurrence.Start, zone)}: {string.Join(", ", names)}.");
    }

    private static Reply Show(AttendanceSheet sheet)
    {
        string Names(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids.Select(id => "@" + id)) : "nobody";
        return new Reply
        {
            Text = $"**{sheet.Series.Title}** on {MeetingText.When(sheet.Occurrence.Start, sheet.Zone)}",
            Ephemeral = true,
            Fields =
            [
                new("Came", Names(sheet.Came)),
                new("Going", Names(sheet.Answers.Where(a => a.Status == RsvpStatus.Going).Select(a => a.UserId)), Inline: true),
                new("Maybe", Names(sheet.Answers.Where(a => a.Status == RsvpStatus.Maybe).Select(a => a.UserId)), Inline: true),
                new("Can't", Names(sheet.Answers.Where(a => a.Status == RsvpStatus.Cant).Select(a => a.UserId)), Inline: true),
            ],
        };
    }
}
