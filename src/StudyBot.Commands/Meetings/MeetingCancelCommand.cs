using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting cancel</c>: the whole series, or with <c>date:</c> one occurrence; pending reminders go at once.</summary>
public sealed class MeetingCancelCommand(StudyBotDbContext db, MeetingFinder finder, MeetingPlanner planner, MeetingAnnouncements announcements, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting cancel",
        "Cancel a meeting series, or one occurrence of it with date:",
        "meeting cancel meeting:\"Weekly review\"",
        CommandAccess.GroupOrganizer,
        [MeetingOptions.Meeting(), MeetingOptions.Date(required: false, "Cancel only the occurrence on this day, e.g. 2027-03-23"), MeetingOptions.Group()]);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetString("date") is not null)
        {
            return await CancelOccurrenceAsync(context, cancellationToken).ConfigureAwait(false);
        }

        var found = await finder.SeriesAsync(context, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Reply.Error(found.Error.Message);
        }

        var (group, series) = found.Value;
        if (!Permissions.IsOrganizer(group, context.Invoker))
        {
            return Reply.Error(Permissions.OrganizerOnly(group, "cancel meetings"));
        }

        var now = time.Now();
        series.CancelledAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await announcements.ChangedAsync(series, group, now, $"**{series.Title}** is cancelled; no more meetings or reminders of it.", $"cancel:{series.Id}", cancellationToken).ConfigureAwait(false);
        return Reply.Private($"Cancelled {MeetingText.Name(series)}; its reminders are withdrawn and {group.Name} has been told.");
    }

    private async Task<Reply> CancelOccurrenceAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var target = await OccurrenceTarget.FindAsync(context, finder, planner, time, organizersOnly: true, "cancel meetings", cancellationToken).ConfigureAwait(false);
        if (!target.IsSuccess)
        {
            return Reply.Error(target.Error.Message);
        }

        var (group, series, occurrence, zone, now) = target.Value!;
        var existing = await db.OccurrenceChanges.FirstOrDefaultAsync(c => c.SeriesId == series.Id && c.OriginalStart == occurrence.Original, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            db.OccurrenceChanges.Add(new OccurrenceChange(series.Id, occurrence.Original, OccurrenceChangeKind.Cancelled, null, context.Invoker.UserId, now));
        }
        else
        {
            existing.Kind = OccurrenceChangeKind.Cancelled;
            existing.NewStart = null;
            existing.ChangedBy = context.Invoker.UserId;
            existing.ChangedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var when = MeetingText.When(occurrence.Start, zone);
        await announcements.ChangedAsync(series, group, now, $"**{series.Title}** on {when} is cancelled.", $"cancel:{series.Id}:{MeetingText.Key(occurrence.Original)}", cancellationToken).ConfigureAwait(false);
        return Reply.Private($"Cancelled {MeetingText.Name(series)} on {when}; its reminders are withdrawn and {group.Name} has been told.");
    }
}
