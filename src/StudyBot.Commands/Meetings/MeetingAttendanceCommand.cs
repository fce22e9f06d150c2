using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Parsing;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Meetings;

/// <summary><c>/meeting attendance</c>: organizers record who came; without <c>present:</c> it shows the record and the RSVPs.</summary>
public sealed class MeetingAttendanceCommand(StudyBotDbContext db, MeetingFinder finder, MeetingPlanner planner, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "meeting attendance",
        "Record who came to a meeting, or show who came and who answered",
        "meeting attendance date:2027-03-16 present:\"@alice @bob\"",
        CommandAccess.GroupOrganizer,
        [
            MeetingOptions.Date(required: true, "Day of the occurrence, e.g. 2027-03-16"),
            OptionDefinition.OptionalText("present", "Who came, e.g. \"@alice @bob\"", 1000),
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
        var date = OccurrenceDates.Parse(context.RequireString("date"), now.InZone(zone));
        if (!date.IsSuccess)
        {
            return Reply.Error(date.Error.Message);
        }

        var (occurrence, change) = await planner.OnDateAsync(series, zone, date.Value, cancellationToken).ConfigureAwait(false);
        if (occurrence is null || change is { Kind: OccurrenceChangeKind.Skipped or OccurrenceChangeKind.Cancelled })
        {
            return Reply.Error($"{series.Title} did not meet on {date.Value:ddd d MMM uuuu}.");
        }

        if (context.GetString("present") is not { } present)
        {
            return await ShowAsync(series, occurrence, zone, cancellationToken).ConfigureAwait(false);
        }

        if (!Permissions.IsOrganizer(group, context.Invoker))
        {
            return Reply.Error(Permissions.OrganizerOnly(group, "record attendance"));
        }

        if (occurrence.Start > now)
        {
            return Reply.Error($"{series.Title} on {date.Value:ddd d MMM uuuu} has not started yet; record attendance once it has.");
        }

        var people = UserList.Parse(present);
        if (!people.IsSuccess)
        {
            return Reply.Error(people.Error.Message);
        }

        var recorded = new List<string>();
        foreach (var person in people.Value!)
        {
            var member = group.FindMember(person.Id);
            if (member is null)
            {
                return Reply.Error($"{person.DisplayName} is not a member of {group.Name}; only members' attendance is recorded.");
            }

            if (!await db.Attendance.AnyAsync(a => a.SeriesId == series.Id && a.Occurrence == occurrence.Original && a.UserId == person.Id, cancellationToken).ConfigureAwait(false))
            {
                db.Attendance.Add(new AttendanceRecord(series.Id, occurrence.Original, person.Id, context.Invoker.UserId, now));
            }

            recorded.Add(RichText.User(member.UserId, member.DisplayName));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Reply.Private($"Recorded attendance for **{series.Title}** on {MeetingText.When(occurrence.Start, zone)}: {string.Join(", ", recorded)}.");
    }

    private async Task<Reply> ShowAsync(MeetingSeries series, PlannedOccurrence occurrence, NodaTime.DateTimeZone zone, CancellationToken cancellationToken)
    {
        var came = await db.Attendance.Where(a => a.SeriesId == series.Id && a.Occurrence == occurrence.Original).Select(a => a.UserId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var answers = await db.Rsvps.Where(r => r.SeriesId == series.Id && r.Occurrence == occurrence.Original).ToListAsync(cancellationToken).ConfigureAwait(false);
        string Names(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids.Select(id => "@" + id)) : "nobody";
        return new Reply
        {
            Text = $"**{series.Title}** on {MeetingText.When(occurrence.Start, zone)}",
            Ephemeral = true,
            Fields =
            [
                new("Came", Names(came)),
                new("Going", Names(answers.Where(a => a.Status == RsvpStatus.Going).Select(a => a.UserId)), Inline: true),
                new("Maybe", Names(answers.Where(a => a.Status == RsvpStatus.Maybe).Select(a => a.UserId)), Inline: true),
                new("Can't", Names(answers.Where(a => a.Status == RsvpStatus.Cant).Select(a => a.UserId)), Inline: true),
            ],
        };
    }
}
