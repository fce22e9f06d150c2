using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting list</c>: the group's next occurrences with RSVP counts.</summary>
public sealed class MeetingListCommand(StudyBotDbContext db, MeetingFinder finder, MeetingPlanner planner, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting list",
        "Show a group's next meetings",
        "meeting list group:\"Algo Club\"",
        CommandAccess.Anyone,
        [MeetingOptions.Group(), new("count", OptionType.Integer, "How many occurrences to show (default 5)") { MinValue = 1, MaxValue = 20 }])
    {
        ReadOnly = true,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = await finder.GroupAsync(context, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Reply.Error(found.Error.Message);
        }

        var group = found.Value!;
        var zone = MeetingPlanner.ZoneOf(group);
        var now = time.Now();
        var take = (int)(context.GetInteger("count") ?? 5);
        var series = await finder.ActiveSeriesAsync(group, cancellationToken).ConfigureAwait(false);
        var upcoming = new List<(MeetingSeries Series, PlannedOccurrence Occurrence)>();
        foreach (var one in series)
        {
            var next = await planner.UpcomingAsync(one, zone, now, take, cancellationToken).ConfigureAwait(false);
            upcoming.AddRange(next.Select(o => (one, o)));
        }

        if (upcoming.Count == 0)
        {
            return Reply.Private($"{group.Name} has no meetings ahead. Organizers schedule one with `/meeting schedule title:\"Weekly review\" start:\"tue 19:00\" repeat:\"every tue\"`.");
        }

        var ids = series.Select(s => s.Id).ToList();
        var rsvps = await db.Rsvps.Where(r => ids.Contains(r.SeriesId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var lines = upcoming.OrderBy(u => u.Occurrence.Start).Take(take).Select(u =>
        {
            var answers = rsvps.Where(r => r.SeriesId == u.Series.Id && r.Occurrence == u.Occurrence.Original).ToList();
            var counts = answers.Count == 0
                ? string.Empty
                : $" ({answers.Count(a => a.Status == RsvpStatus.Going)} going, {answers.Count(a => a.Status == RsvpStatus.Maybe)} maybe, {answers.Count(a => a.Status == RsvpStatus.Cant)} can't)";
            var location = u.Series.Location is null ? string.Empty : $", {u.Series.Location}";
            return $"• {MeetingText.When(u.Occurrence.Start, zone)}: {MeetingText.Name(u.Series)}{(u.Occurrence.Moved ? " (moved)" : string.Empty)}{location}{counts}";
        });
        return Reply.Private($"Next meetings of {group.Name} ({group.TimeZoneId}):\n" + string.Join('\n', lines));
    }
}
