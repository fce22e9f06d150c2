using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using StudyBot.Application.Meetings;
using StudyBot.Core.Time;
using StudyBot.Core;
using StudyBot.Core.Meetings;
using StudyBot.Discord.Configuration;
using StudyBot.Discord.Rest;
using StudyBot.Persistence;

namespace StudyBot.Discord.ScheduledEvents;

/// <summary>
/// One reconciliation run: for every series of a group that mirrors its meetings in a Discord server,
/// keeps one EXTERNAL scheduled event showing the next occurrence; deletes the events nobody wants any
/// more. Idempotent: a run with nothing changed sends nothing. Discord failures are logged and left
/// for the next run.
/// </summary>
internal sealed partial class ScheduledEventMirror(
    StudyBotDbContext db,
    SeriesOccurrences occurrences,
    DiscordScheduledEvents events,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<ScheduledEventMirror> logger)
{
    private const int GuildEventsLimitReached = 30038;

    /// <summary>Runs once; returns the earliest start of a mirrored occurrence, when the next one must be mirrored.</summary>
    public async Task<Instant?> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.Now();
        var targets = await MirrorTargets.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        Instant? earliest = null;
        foreach (var guild in targets.GroupBy(t => t.Workspace.Id))
        {
            var guildId = guild.First().Workspace.ExternalId;
            if (guild.First().Workspace.Platform == Platform.Discord && !ShardOwnership.Owns(options.Value, guildId))
            {
                continue;
            }

            var budget = new GuildBudget(guild.Count(t => t.Link is { } link && link.Start > now));
            foreach (var target in guild)
            {
                try
                {
                    var start = await ReconcileAsync(target, guildId, now, budget, cancellationToken).ConfigureAwait(false);
                    if (start is { } begins && (earliest is null || begins < earliest))
                    {
                        earliest = begins;
                    }
                }
                catch (DiscordApiException ex) when (ex.Status == HttpStatusCode.Forbidden)
                {
                    // Without Create Events every other request to this guild fails the same way; each one
                    // would count toward Discord's invalid-request ban, so the guild waits for the next run.
                    LogForbidden(logger, guildId);
                    break;
                }
                catch (DiscordApiException ex)
                {
                    LogFailed(logger, ex, target.Series.Id, guildId);
                }
            }
        }

        return earliest;
    }

    private async Task<Instant?> ReconcileAsync(MirrorTarget target, string guildId, Instant now, GuildBudget budget, CancellationToken cancellationToken)
    {
        var link = target.Link;
        if (link is not null && (link.Start <= now || target.Workspace.Platform != Platform.Discord))
        {
            // The mirrored occurrence has begun: Discord runs and completes that event on its own, and
            // a new event shows the next occurrence.
            await ForgetAsync(link, cancellationToken).ConfigureAwait(false);
            link = null;
        }

        var upcoming = target.Wanted
            ? await occurrences.UpcomingAsync(target.Series, target.Group.Zone(), now + Duration.FromTicks(1), 1, cancellationToken).ConfigureAwait(false)
            : [];
        if (upcoming is not [var next, ..])
        {
            if (link is not null)
            {
                await DeleteAsync(guildId, link, budget, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }

        var meeting = MeetingEvent.For(target.Series, next);
        var hash = MeetingEvent.Hash(meeting);
        if (link is not null && link.Occurrence == next.Original && link.DetailsHash == hash)
        {
            return next.Start;
        }

        if (link is not null && await UpdateAsync(guildId, link, next, meeting, hash, budget, cancellationToken).ConfigureAwait(false))
        {
            return next.Start;
        }

        return await CreateAsync(guildId, target, next, meeting, hash, budget, cancellationToken).ConfigureAwait(false) ? next.Start : null;
    }

    private async Task<bool> UpdateAsync(string guildId, ExternalEvent link, PlannedOccurrence next, ExternalScheduledEvent meeting, string hash, GuildBudget budget, CancellationToken cancellationToken)
    {
        try
        {
            await events.UpdateAsync(guildId, link.ExternalId, meeting, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordApiException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            LogDeletedByPerson(logger, link.ExternalId, link.SeriesId, guildId);
            await ForgetAsync(link, cancellationToken).ConfigureAwait(false);
            budget.Live--;
            return false;
        }

        link.Mirrored(next.Original, next.Start, hash);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        LogUpdated(logger, link.ExternalId, link.SeriesId, guildId);
        return true;
    }

    private async Task<bool> CreateAsync(string guildId, MirrorTarget target, PlannedOccurrence next, ExternalScheduledEvent meeting, string hash, GuildBudget budget, CancellationToken cancellationToken)
    {
        if (!budget.CanCreate)
        {
            LogGuildFull(logger, guildId, target.Series.Id);
            return false;
        }

        string id;
        try
        {
            id = await events.CreateAsync(guildId, meeting, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordApiException ex) when (ex.ErrorCode == GuildEventsLimitReached)
        {
            // Events people created count toward the limit too; the guild stays full for this run.
            budget.Full = true;
            LogGuildFull(logger, guildId, target.Series.Id);
            return false;
        }

        // Stored at once: if the bot stopped before saving, the next run would create a second event.
        db.ExternalEvents.Add(new ExternalEvent(target.Series.Id, next.Original, next.Start, id, hash));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        budget.Live++;
        LogCreated(logger, id, target.Series.Id, guildId);
        return true;
    }

    private async Task DeleteAsync(string guildId, ExternalEvent link, GuildBudget budget, CancellationToken cancellationToken)
    {
        try
        {
            await events.DeleteAsync(guildId, link.ExternalId, cancellationToken).ConfigureAwait(false);
            LogDeleted(logger, link.ExternalId, link.SeriesId, guildId);
        }
        catch (DiscordApiException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            LogDeletedByPerson(logger, link.ExternalId, link.SeriesId, guildId);
        }

        await ForgetAsync(link, cancellationToken).ConfigureAwait(false);
        budget.Live--;
    }

    private async Task ForgetAsync(ExternalEvent link, CancellationToken cancellationToken)
    {
        db.ExternalEvents.Remove(link);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
