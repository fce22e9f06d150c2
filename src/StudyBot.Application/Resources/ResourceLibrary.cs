using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Groups;
using StudyBot.Core.Groups;
using StudyBot.Core.Resources;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Resources;

/// <summary>
/// The links a group shares: adding them (each page once per group), listing them by tag, searching them by words,
/// and removing them (whoever shared one, or an organizer).
/// </summary>
public sealed class ResourceLibrary(StudyBotDbContext db, TimeProvider time)
{
    /// <summary>Adds a resource, unless its link is in the group already.</summary>
    public async Task<Result<Resource>> AddAsync(Group group, Invoker invoker, string url, string title, string? tags, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        var created = Resource.Create(group.Id, url, title, tags, note, invoker.UserId, time.Now());
        if (!created.IsSuccess)
        {
            return created;
        }

        var resource = created.Value!;
        var existing = await db.Resources.SingleOrDefaultAsync(r => r.GroupId == group.Id && r.UrlKey == resource.UrlKey, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return Result<Resource>.Fail($"That link is in {group.Name} already: {ResourceTexts.Entry(existing, group)}. `/resource search` finds it by its words.");
        }

        db.Resources.Add(resource);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return resource;
    }

    /// <summary>The group's resources, newest first; only those tagged <paramref name="tag"/> when one is given.</summary>
    public async Task<Result<IReadOnlyList<Resource>>> ListAsync(Group group, string? tag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var query = db.Resources.Where(r => r.GroupId == group.Id);
        if (!string.IsNullOrWhiteSpace(tag))
        {
            var wanted = ResourceTags.Normalize(tag);
            if (wanted.Length == 0 || !wanted.All(ResourceTags.IsTagCharacter))
            {
                return Result<IReadOnlyList<Resource>>.Fail($"`tag` is one tag of letters, digits and dashes, such as `tag:sicp`; got `{tag.Trim()}`.");
            }

            // Tags are stored lower case and space-separated, so a whole tag sits between two spaces.
            var padded = " " + wanted + " ";
            query = query.Where(r => (" " + r.TagText + " ").Contains(padded));
        }

        return await query.OrderByDescending(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The group's resources holding every word of <paramref name="query"/>, best first (<see cref="ResourceSearch"/>).</summary>
    public async Task<Result<IReadOnlyList<Resource>>> SearchAsync(Group group, string query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var words = ResourceSearch.Words(query);
        if (words.Count == 0)
        {
            return Result<IReadOnlyList<Resource>>.Fail("Give a word or two to look for, such as `query:\"lisp interpreter\"`.");
        }

        // Case-insensitive matching beyond ASCII is done here rather than in SQL; a group's library is small.
        var all = await db.Resources.Where(r => r.GroupId == group.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Result<IReadOnlyList<Resource>>.Ok(ResourceSearch.Rank(all, words));
    }

    /// <summary>Removes the resource numbered <paramref name="reference"/> (<c>3</c> or <c>#3</c>), if it is the invoker's to remove.</summary>
    public async Task<Result<Resource>> RemoveAsync(Group group, Invoker invoker, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        var typed = (reference ?? string.Empty).Trim();
        if (!long.TryParse(typed.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Result<Resource>.Fail($"`resource` is a resource's number, like `resource:#3`; got `{typed}`. `/resource list` shows them with their numbers.");
        }

        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == id && r.GroupId == group.Id, cancellationToken).ConfigureAwait(false);
        if (resource is null)
        {
            return Result<Resource>.Fail($"{group.Name} has no resource #{id}. `/resource list` shows them with their numbers.");
        }

        if (resource.AddedBy != invoker.UserId && !Permissions.IsOrganizer(group, invoker))
        {
            return Result<Resource>.Fail($"{ResourceTexts.Entry(resource, group)}; only they or {group.Name}'s organizers can remove it.");
        }

        db.Resources.Remove(resource);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return resource;
    }

    /// <summary>What the group was given from <paramref name="from"/> until before <paramref name="to"/>, oldest first (for the digest).</summary>
    public async Task<IReadOnlyList<Resource>> AddedBetweenAsync(long groupId, Instant from, Instant to, CancellationToken cancellationToken) =>
        await db.Resources.Where(r => r.GroupId == groupId && r.AddedAt >= from && r.AddedAt < to)
            .OrderBy(r => r.AddedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
