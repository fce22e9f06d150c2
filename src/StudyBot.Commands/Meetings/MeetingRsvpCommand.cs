using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting rsvp</c>: going, maybe or can't, for the next occurrence or the one on <c>date:</c>.</summary>
public sealed class MeetingRsvpCommand(MeetingFinder finder, MeetingPlanner planner, RsvpRecorder recorder, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting rsvp",
        "Say whether you are coming to a meeting",
        "meeting rsvp status:going meeting:\"Weekly review\"",
        CommandAccess.GroupMember,
        [
            new("status", OptionType.String, "going, maybe or cant") { Required = true, Choices = RsvpRecorder.Choices },
            MeetingOptions.Date(required: false, "Day of the occurrence (default: the next one)"),
            MeetingOptions.Meeting(),
            MeetingOptions.Group(),
        ]);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = await finder.SeriesAsync(context, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Reply.Error(found.Error.Message);
        }

        var (group, series) = found.Value;
        var zone = MeetingPlanner.ZoneOf(group);
        var now = time.Now();
        NodaTime.LocalDateTime original;
        if (context.GetString("date") is { } dateText)
        {
            var date = OccurrenceDates.Parse(dateText, now.InZone(zone));
            if (!date.IsSuccess)
            {
                return Reply.Error(date.Error.Message);
            }

            var (occurrence, change) = await planner.OnDateAsync(series, zone, date.Value, cancellationToken).ConfigureAwait(false);
            if (occurrence is null && change is null)
            {
                return Reply.Error($"{series.Title} does not meet on {date.Value:ddd d MMM uuuu}.");
            }

            original = change?.OriginalStart ?? occurrence!.Original;
        }
        else
        {
            var next = await planner.UpcomingAsync(series, zone, now, 1, cancellationToken).ConfigureAwait(false);
            if (next.Count == 0)
            {
                return Reply.Error($"{series.Title} has no meeting ahead to answer for.");
            }

            original = next[0].Original;
        }

        var status = RsvpRecorder.ParseStatus(context.RequireString("status"))!.Value;
        return await recorder.RecordAsync(group, series, original, context.Invoker, status, now, cancellationToken).ConfigureAwait(false);
    }
}
