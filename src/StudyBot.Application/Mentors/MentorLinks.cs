using Microsoft.EntityFrameworkCore;
using StudyBot.Application.Groups;
using StudyBot.Application.Members;
using StudyBot.Core.Groups;
using StudyBot.Core.Mentors;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Mentors;

/// <summary>
/// Pairs members with mentors and ends pairings. Organizers pair anyone; a member may choose their own mentor. A
/// member has one mentor per group at a time; the mentor may be any person in the workspace but the member themselves
/// (the platform is asked last, once everything else is in order).
/// </summary>
public sealed class MentorLinks(StudyBotDbContext db, MentorPlanner planner, WorkspaceMembers workspaceMembers, TimeProvider time)
{
    /// <summary>Pairs <paramref name="member"/> with <paramref name="mentor"/>, meeting <paramref name="every"/> (weekly on Friday 17:00 by default).</summary>
    public async Task<Result<Mentorship>> LinkAsync(WorkspaceRef workspace, Group group, Invoker invoker, UserMention member, UserMention mentor, string? every, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(mentor);
        if (member.Id != invoker.UserId && !Permissions.IsOrganizer(group, invoker))
        {
            return Result<Mentorship>.Fail($"You can choose your own mentor (`member:` yourself); pairing others is for organizers of {group.Name}.");
        }

        if (group.FindMember(member.Id) is null)
        {
            return Result<Mentorship>.Fail($"{member.DisplayName} is not a member of {group.Name}. They join with `/group join name:\"{group.Name}\"` first.");
        }

        var cadence = MentorCadence.Parse(every);
        if (!cadence.IsSuccess)
        {
            return cadence.Error;
        }

        var now = time.Now();
        var created = Mentorship.Create(group.Id, member.Id, mentor.Id, mentor.DisplayName, cadence.Value!, invoker.UserId, now);
        if (!created.IsSuccess)
        {
            return created;
        }

        var current = await db.Mentorships.FirstOrDefaultAsync(m => m.GroupId == group.Id && m.MemberUserId == member.Id && m.EndedAt == null, cancellationToken).ConfigureAwait(false);
        if (current is not null)
        {
            return Result<Mentorship>.Fail(current.MentorUserId == mentor.Id
                ? $"{member.DisplayName} is already mentored by {current.MentorName} in {group.Name}."
                : $"{member.DisplayName} already has a mentor in {group.Name}: {current.MentorName}. End that first with `/mentor unlink member:@{member.DisplayName}`.");
        }

        if (await workspaceMembers.RefusalAsync(workspace, mentor, "a mentor", cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return refusal;
        }

        db.Mentorships.Add(created.Value!);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await planner.ReplanAsync(created.Value!, group, now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return created;
    }

    /// <summary>Ends <paramref name="member"/>'s pairing (the invoker's own when null): the member, their mentor or an organizer may.</summary>
    public async Task<Result<Mentorship>> UnlinkAsync(Group group, Invoker invoker, UserMention? member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        var whose = member?.Id ?? invoker.UserId;
        var current = await db.Mentorships.FirstOrDefaultAsync(m => m.GroupId == group.Id && m.MemberUserId == whose && m.EndedAt == null, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return Result<Mentorship>.Fail($"{(member is null ? "You have" : member.DisplayName + " has")} no mentor in {group.Name}. `/mentor list` shows its pairs.");
        }

        if (invoker.UserId != current.MemberUserId && invoker.UserId != current.MentorUserId && !Permissions.IsOrganizer(group, invoker))
        {
            return Result<Mentorship>.Fail($"Only {MentorMessages.MemberName(group, current)}, their mentor or an organizer of {group.Name} can end this pairing.");
        }

        var now = time.Now();
        current.End(now);
        await planner.ClearAsync(current, now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return current;
    }

    /// <summary>The group's current pairs.</summary>
    public async Task<IReadOnlyList<Mentorship>> ListAsync(Group group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        return await db.Mentorships.Where(m => m.GroupId == group.Id && m.EndedAt == null).OrderBy(m => m.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
