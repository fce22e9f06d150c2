using Microsoft.EntityFrameworkCore;
using StudyBot.Application.Meetings;
using StudyBot.Core;
using StudyBot.Core.Groups;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Groups;

/// <summary>Organizers rename, re-home, re-zone and describe a group, add organizers, or mirror its meetings on Discord.</summary>
public sealed class GroupSettings(StudyBotDbContext db, MeetingFinder meetings, MeetingPlanner planner, AfterCommit afterCommit, IEnumerable<IMeetingsChangedListener> listeners, TimeProvider time)
{
    /// <summary>Applies every change, or none when one of them is wrong.</summary>
    public async Task<Result<GroupChanged>> ChangeAsync(Group group, Platform platform, GroupChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.MirrorToDiscord is not null && platform != Platform.Discord)
        {
            return new UserError("Mirroring meetings as Discord events works only in Discord servers.");
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
        if (changes.TimeZone is { } zoneText)
        {
            var zone = TimeZones.Parse(zoneText);
            if (!zone.IsSuccess)
            {
                return zone.Error;
            }

            group.TimeZoneId = zone.Value!.Id;
            warning = zone.Value.Warning;
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
