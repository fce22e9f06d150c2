using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting move</c>: one occurrence to another time; its reminders follow and the group is told.</summary>
public sealed class MeetingMoveCommand(StudyBotDbContext db, MeetingFinder finder, MeetingPlanner planner, MeetingAnnouncements announcements, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting move",
        "Move one occurrence of a meeting to another time",
        "meeting move date:2027-03-23 to:\"2027-03-24 18:00\" meeting:\"Weekly review\"",
        CommandAccess.GroupOrganizer,
        [
            MeetingOptions.Date(required: true, "Day of the occurrence to move, e.g. 2027-03-23 or tue"),
            OptionDefinition.RequiredText("to", "The new start, e.g. 2027-03-24 18:00 or wed 7pm", 40),
            MeetingOptions.Meeting(),
            MeetingOptions.Group(),
        ]);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var target = await OccurrenceTarget.FindAsync(context, finder, planner, time, organizersOnly: true, "move meetings", cancellationToken).ConfigureAwait(false);
        if (!target.IsSuccess)
        {
            return Reply.Error(target.Error.Message);
        }

        var (group, series, occurrence, zone, now) = target.Value!;
        var newStart = StartTimeParser.Parse(context.RequireString("to"), now.InZone(zone));
        if (!newStart.IsSuccess)
        {
            return Reply.Error(newStart.Error.Message);
        }

        if (StartTimeParser.IsPast(newStart.Value, now.InZone(zone)))
        {
            return Reply.Error($"{LocalTimeText.Format(Occurrences.Resolve(newStart.Value, zone), zone)} is in the past. Move the meeting to a time still ahead.");
        }

        var existing = await db.OccurrenceChanges.FirstOrDefaultAsync(c => c.SeriesId == series.Id && c.OriginalStart == occurrence.Original, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            db.OccurrenceChanges.Add(new OccurrenceChange(series.Id, occurrence.Original, OccurrenceChangeKind.Moved, newStart.Value, context.Invoker.UserId, now));
        }
        else
        {
            existing.NewStart = newStart.Value;
            existing.ChangedBy = context.Invoker.UserId;
            existing.ChangedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var from = MeetingText.When(occurrence.Start, zone);
        var to = MeetingText.When(Occurrences.Resolve(newStart.Value, zone), zone);
        await announcements.ChangedAsync(series, group, now, $"**{series.Title}** moves from {from} to {to}.", $"move:{series.Id}:{MeetingText.Key(occurrence.Original)}:{MeetingText.Key(newStart.Value)}", cancellationToken).ConfigureAwait(false);
        return Reply.Private($"Moved {MeetingText.Name(series)} from {from} to {to}. Its reminders follow and {group.Name} has been told.");
    }
}
