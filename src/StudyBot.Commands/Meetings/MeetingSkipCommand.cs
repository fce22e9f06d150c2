using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting skip</c>: one occurrence does not take place; its reminders are cancelled and the group is told.</summary>
public sealed class MeetingSkipCommand(StudyBotDbContext db, MeetingFinder finder, MeetingPlanner planner, MeetingAnnouncements announcements, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting skip",
        "Skip one occurrence of a meeting (its reminders are cancelled and the group is told)",
        "meeting skip date:2027-03-23 meeting:\"Weekly review\"",
        CommandAccess.GroupOrganizer,
        [MeetingOptions.Date(required: true, "Day of the occurrence to skip, e.g. 2027-03-23 or tue"), MeetingOptions.Meeting(), MeetingOptions.Group()]);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = await OccurrenceTarget.FindAsync(context, finder, planner, time, organizersOnly: true, "skip meetings", cancellationToken).ConfigureAwait(false);
        if (!target.IsSuccess)
        {
            return Reply.Error(target.Error.Message);
        }

        var (group, series, occurrence, zone, now) = target.Value!;
        db.OccurrenceChanges.Add(new OccurrenceChange(series.Id, occurrence.Original, OccurrenceChangeKind.Skipped, null, context.Invoker.UserId, now));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var when = MeetingText.When(occurrence.Start, zone);
        await announcements.ChangedAsync(series, group, now, $"**{series.Title}** on {when} is skipped; see you at the next one.", $"skip:{series.Id}:{MeetingText.Key(occurrence.Original)}", cancellationToken).ConfigureAwait(false);
        return Reply.Private($"Skipped {MeetingText.Name(series)} on {when}. Its reminders are cancelled and {group.Name} has been told.");
    }
}
