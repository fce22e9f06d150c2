using Microsoft.EntityFrameworkCore;
using StudyBot.Application.Meetings;
using StudyBot.Application.Text;
using StudyBot.Core;
using StudyBot.Core.Groups;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Groups;

/// <summary>Organizers rename, re-home, re-zone and describe a group, add organizers, or mirror its meetings on Discord.</summary>
public sealed class GroupSettings(StudyBotDbContext db, MeetingFinder meetings, SeriesOccurrences occurrences, MeetingPlanner planner, AfterCommit afterCommit, IEnumerable<IMeetingsChangedListener> listeners, TimeProvider time)
{
    /// <summary>
    /// Applies every change, or none when one of them is wrong. A new zone for a group with meetings ahead is
    /// first only previewed (<see cref="GroupChanged.Preview"/>), until asked again with <see cref="GroupChanges.ConfirmZone"/>.
    /// </summary>
    public async Task<Result<GroupChanged>> ChangeAsync(Group group, Platform platform, GroupChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.MirrorToDiscord is not null && platform != Platform.Discord)
        {
            return new UserError("Mirroring meetings as Discord events works only in Discord servers.");
        }

        TimeZoneChoice? newZone = null;
        if (changes.TimeZone is { } typedZone)
        {
            var parsed = TimeZones.Parse(typedZone);
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            newZone = parsed.Value;
        }

        if (newZone is { } chosen && chosen.Id != group.TimeZoneId && !changes.ConfirmZone)
        {
            var preview = await PreviewAsync(group, chosen.Zone, cancellationToken).ConfigureAwait(false);
            if (preview.Meetings.Count > 0)
            {
                return new GroupChanged(group, changes, chosen.Warning, null) { Preview = preview };
            }
        }

        if (changes.NewName is { } newName)
        {
            var normalized = Group.Normalize(newName);
            if (normalized != group.NormalizedName
                && await db.Groups.AnyAsync(g => g.WorkspaceId == group.WorkspaceId && g.NormalizedName == normalized && g.Id != group.Id, cancellationToken).ConfigureAwait(false))
            {
                return new UserError($"A group named \"{newName}\" already exists here. Pick another name.");
            }

            var renamed = group.Rename(newName);
            if (!renamed.IsSuccess)
            {
                return renamed.Error;
            }
        }

        string? warning = null;
        if (newZone is { } zone)
        {
            group.TimeZoneId = zone.Id;
            warning = zone.Warning;
        }

        if (changes.Channel is { } channel)
        {
            group.HomeChannelId = channel.Id;
        }

        var texts = GroupTexts.Apply(group, changes.Description, changes.Charter);
        if (!texts.IsSuccess)
        {
            return texts.Error;
        }

        GroupMember? organizer = null;
        if (changes.AddOrganizer is { } user)
        {
            var promoted = group.Promote(user.Id);
            if (!promoted.IsSuccess)
            {
                return promoted.Error;
            }

            organizer = promoted.Value;
        }

        if (changes.MirrorToDiscord is { } mirror && mirror != group.MirrorMeetingsToDiscord)
        {
            group.MirrorMeetingsToDiscord = mirror;
            afterCommit.AddMeetingsChanged(listeners);
        }

        if (changes.TimeZone is not null)
        {
            await ReplanMeetingsAsync(group, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new GroupChanged(group, changes, warning, organizer);
    }

    // Each meeting keeps its wall-clock time, so its instant moves by the difference between the zones.
    private async Task<ZoneChangePreview> PreviewAsync(Group group, NodaTime.DateTimeZone to, CancellationToken cancellationToken)
    {
        var (from, now) = (group.Zone(), time.Now());
        var lines = new List<string>();
        foreach (var series in await meetings.ActiveSeriesAsync(group, cancellationToken).ConfigureAwait(false))
        {
            var next = await occurrences.UpcomingAsync(series, from, now, 1, cancellationToken).ConfigureAwait(false);
            if (next.Count == 1)
            {
                var after = Core.Meetings.Occurrences.Resolve(next[0].Local, to);
                lines.Add($"{series.Title}: the next one, {MeetingText.When(next[0].Start, from)}, would be {MeetingText.When(after, to)} ({LocalTimeText.Format(after, from)} in {from.Id})");
            }
        }

        return new ZoneChangePreview(group.Id, group.TimeZoneId, to.Id, lines);
    }

    // Meetings keep their wall-clock time in the new zone, so every reminder falls due at another instant.
    private async Task ReplanMeetingsAsync(Group group, CancellationToken cancellationToken)
    {
        var now = time.Now();
        foreach (var series in await meetings.ActiveSeriesAsync(group, cancellationToken).ConfigureAwait(false))
        {
            await planner.ReplanAsync(series, group.Zone(), now, cancellationToken).ConfigureAwait(false);
        }

        afterCommit.AddMeetingsChanged(listeners);
    }
}
