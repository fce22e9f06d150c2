using System.Globalization;
using NodaTime;
using StudyBot.Application.Groups;
using StudyBot.Application.Meetings;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Core.Results;
using StudyBot.Core.Roles;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Roles;

/// <summary>
/// Changes to one meeting's roles by hand: two members swap, or an organizer assigns. Before the rotation
/// is fixed they are stored as overrides the fix respects; after, they change it and the group is told.
/// </summary>
public sealed class RoleChanges(StudyBotDbContext db, RoleRotations rotations, GroupRoles groupRoles, MeetingFinder finder, OccurrenceLookup lookup, SeriesOccurrences occurrences, TimeProvider time)
{
    /// <summary>
    /// <paramref name="first"/> and <paramref name="second"/> trade the roles they hold at the meeting. Either of
    /// them may ask, or an organizer; both must hold a role there.
    /// </summary>
    public async Task<Result<string>> SwapAsync(Group group, string? meeting, string? date, UserMention first, UserMention second, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(invoker);
        if (first.Id == second.Id)
        {
            return Result<string>.Fail("Name someone else to swap with.");
        }

        if (invoker.UserId != first.Id && invoker.UserId != second.Id && !Permissions.IsOrganizer(group, invoker))
        {
            return Result<string>.Fail($"Only the two members themselves or an organizer of {group.Name} can swap their roles.");
        }

        var target = await MeetingAsync(group, meeting, date, cancellationToken).ConfigureAwait(false);
        if (!target.IsSuccess)
        {
            return Result<string>.Fail(target.Error);
        }

        var current = target.Value!;
        var name = RoleMessages.Names(group);
        foreach (var person in new[] { first, second })
        {
            if (group.FindMember(person.Id) is null)
            {
                return Result<string>.Fail($"{name(person.Id)} is not a member of {group.Name}.");
            }

            if (current.HeldBy(person.Id).Count == 0)
            {
                return Result<string>.Fail($"{name(person.Id)} holds no role at **{current.Series.Title}** on {RoleMessages.When(current)}, so there is nothing to swap. `/role upcoming` shows who does what; an organizer can give a role with `/role assign`.");
            }
        }

        var now = time.Now();
        var rows = await rotations.RowsAsync(current.Series.Id, current.Occurrence.Original, cancellationToken).ConfigureAwait(false);
        var (firstRoles, secondRoles) = (current.HeldBy(first.Id), current.HeldBy(second.Id));
        foreach (var role in firstRoles)
        {
            Set(current, rows, role, second.Id, RoleAssignmentSource.Swapped);
        }

        foreach (var role in secondRoles)
        {
            Set(current, rows, role, first.Id, RoleAssignmentSource.Swapped);
        }

        var text = $"{name(first.Id)} and {name(second.Id)} swapped roles at **{current.Series.Title}** on {RoleMessages.When(current)}: {name(second.Id)} is now {Names(firstRoles)}, {name(first.Id)} is now {Names(secondRoles)}.";
        if (current.Fixed)
        {
            var stamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            await rotations.SendAsync(group, current.Occurrence, [(new Reply { Text = text, MentionUserIds = [first.Id, second.Id] }, null, $"{Key(current)}:swap:{first.Id}:{second.Id}:{stamp}")], now, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return current.Fixed ? text + " The group has been told." : text + " (The rotation is not fixed yet; it will keep this.)";
    }

    /// <summary>An organizer gives <paramref name="roleName"/> at one meeting to <paramref name="member"/>.</summary>
    public async Task<Result<string>> AssignAsync(Group group, string roleName, UserMention member, string? meeting, string? date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(member);
        var role = await groupRoles.FindAsync(group, roleName, cancellationToken).ConfigureAwait(false);
        if (!role.IsSuccess)
        {
            return Result<string>.Fail(role.Error);
        }

        var name = RoleMessages.Names(group);
        if (group.FindMember(member.Id) is null)
        {
            return Result<string>.Fail($"{name(member.Id)} is not a member of {group.Name}; they must `/group join` first.");
        }

        var target = await MeetingAsync(group, meeting, date, cancellationToken).ConfigureAwait(false);
        if (!target.IsSuccess)
        {
            return Result<string>.Fail(target.Error);
        }

        var current = target.Value!;
        var unavailable = await rotations.UnavailableAsync(group, current.Series, current.Occurrence, cancellationToken).ConfigureAwait(false);
        if (unavailable.Contains(member.Id))
        {
            return Result<string>.Fail($"{name(member.Id)} can't come to **{current.Series.Title}** on {RoleMessages.When(current)} (they said so or are away); choose someone else.");
        }

        var now = time.Now();
        var rows = await rotations.RowsAsync(current.Series.Id, current.Occurrence.Original, cancellationToken).ConfigureAwait(false);
        var previous = current.Holders.Single(h => h.Role.Id == role.Value!.Id).UserId;
        if (previous == member.Id)
        {
            return Result<string>.Fail($"{name(member.Id)} already is {role.Value!.Name} at **{current.Series.Title}** on {RoleMessages.When(current)}.");
        }

        Set(current, rows, role.Value!, member.Id, RoleAssignmentSource.Assigned);
        var text = $"**{role.Value!.Name}** at **{current.Series.Title}** on {RoleMessages.When(current)}: {name(member.Id)}{(previous is null ? string.Empty : $" (instead of {name(previous)})")}.";
        if (current.Fixed)
        {
            var stamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            var after = RoleRotations.FromRows(group, current.Series, current.Occurrence, current.Holders.Select(h => h.Role).ToList(), rows);
            List<(Reply, string?, string)> messages =
            [
                (new Reply { Text = text, MentionUserIds = previous is null ? [member.Id] : [member.Id, previous] }, null, $"{Key(current)}:assign:{role.Value!.Id}:{member.Id}:{stamp}"),
                (RoleMessages.YourRoles(after, [role.Value!], "An organizer gave it to you."), member.Id, $"{Key(current)}:assign:{role.Value!.Id}:{member.Id}:{stamp}:dm"),
            ];
            await rotations.SendAsync(group, current.Occurrence, messages, now, cancellationToken).ConfigureAwait(false);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return current.Fixed ? text + " The group has been told." : text + " (The rotation is not fixed yet; it will keep this.)";
    }

    // The meeting on 'date', or the series' next one.
    private async Task<Result<MeetingRoles>> MeetingAsync(Group group, string? meeting, string? date, CancellationToken cancellationToken)
    {
        MeetingSeries series;
        PlannedOccurrence occurrence;
        if (date is not null)
        {
            var found = await lookup.OnDateAsync(group, meeting, date, cancellationToken).ConfigureAwait(false);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            if (found.Value!.Occurrence is null || found.Value.CalledOff)
            {
                return new UserError($"{found.Value.Series.Title} does not meet on {found.Value.Date:ddd d MMM uuuu}.");
            }

            (series, occurrence) = (found.Value.Series, found.Value.Occurrence);
            if (occurrence.Start <= found.Value.Now)
            {
                return new UserError($"{series.Title} on {found.Value.Date:ddd d MMM uuuu} has begun; roles change only for meetings ahead.");
            }
        }
        else
        {
            var found = await finder.FindAsync(group, meeting, cancellationToken).ConfigureAwait(false);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            series = found.Value!;
            var next = await occurrences.UpcomingAsync(series, group.Zone(), time.Now(), 1, cancellationToken).ConfigureAwait(false);
            if (next.Count == 0)
            {
                return new UserError($"{series.Title} has no meeting ahead.");
            }

            occurrence = next[0];
        }

        var current = await rotations.CurrentAsync(group, series, occurrence, time.Now(), cancellationToken).ConfigureAwait(false);
        return current is null
            ? new UserError($"{group.Name} has no roles yet. Organizers add them with `/role add name:Facilitator`.")
            : current;
    }

    // Before the fix, the change is an override the fix keeps; after, it is the fixed rotation itself.
    private void Set(MeetingRoles meeting, List<RoleAssignment> rows, MeetingRole role, string userId, RoleAssignmentSource source)
    {
        var row = rows.Find(r => r.RoleId == role.Id);
        if (row is null)
        {
            row = new RoleAssignment(meeting.Group.Id, meeting.Series.Id, meeting.Occurrence.Original, meeting.Occurrence.Start, role.Id, userId, source, meeting.Fixed ? time.Now() : null);
            db.RoleAssignments.Add(row);
            rows.Add(row);
        }
        else
        {
            row.UserId = userId;
            row.Source = source;
        }
    }

    private static string Names(IReadOnlyList<MeetingRole> roles) => string.Join(" and ", roles.Select(r => $"**{r.Name}**"));

    private static string Key(MeetingRoles meeting) =>
        string.Create(CultureInfo.InvariantCulture, $"role.change:{meeting.Series.Id}:{MeetingText.Key(meeting.Occurrence.Original)}");
}
