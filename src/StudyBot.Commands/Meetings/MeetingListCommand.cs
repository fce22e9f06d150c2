using StudyBot.Application.Meetings;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting list</c>: the group's next occurrences with RSVP counts.</summary>
public sealed class MeetingListCommand(MeetingAgenda agenda) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting list",
        "Show a group's next meetings",
        "meeting list group:\"Algo Club\"",
        CommandAccess.Anyone,
        [MeetingOptions.Group(), new("count", OptionType.Integer, "How many occurrences to show (default 5)") { MinValue = 1, MaxValue = 20 }])
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
        var upcoming = await agenda.UpcomingAsync(group, (int)(context.GetInteger("count") ?? 5), cancellationToken).ConfigureAwait(false);
        if (upcoming.Count == 0)
        {
            return Reply.Private($"{group.Name} has no meetings ahead. Organizers schedule one with `/meeting schedule title:\"Weekly review\" start:\"tue 19:00\" repeat:\"every tue\"`.");
        }

        var zone = group.Zone();
        var lines = upcoming.Select(u =>
        {
            var counts = u.Answered ? $" ({u.Going} going, {u.Maybe} maybe, {u.Cant} can't)" : string.Empty;
            var location = u.Series.Location is null ? string.Empty : $", {u.Series.Location}";
            return $"• {MeetingText.When(u.Occurrence.Start, zone)}: {MeetingText.Name(u.Series)}{(u.Occurrence.Moved ? " (moved)" : string.Empty)}{location}{counts}";
        });
        return Reply.Private($"Next meetings of {group.Name} ({group.TimeZoneId}):\n" + string.Join('\n', lines));
    }
}
