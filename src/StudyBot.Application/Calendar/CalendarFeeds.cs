using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Groups;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Calendar;

/// <summary>
/// Members' private calendar feeds: a secret link per member and group that calendar apps poll, made from the
/// current meetings on every fetch, so skips, moves and new meetings reach people's calendars by themselves.
/// </summary>
public sealed class CalendarFeeds(StudyBotDbContext db, MeetingCalendarExport export, CalendarFeedOptions options, TimeProvider time)
{
    /// <summary>How often calendar apps are asked to fetch a feed again (most take it as a hint).</summary>
    public static readonly Duration Refresh = Duration.FromHours(1);

    /// <summary>The line shown when the operator has not set <c>Calendar:PublicUrl</c>.</summary>
    public static string NotConfigured(string groupName) =>
        $"Calendar feeds are not set up on this StudyBot: the operator must set `{CalendarFeedOptions.SectionName}:{nameof(CalendarFeedOptions.PublicUrl)}` "
        + $"(the address calendar apps reach it at) and restart it. Meanwhile `/meeting export group:\"{groupName}\"` gives a calendar file.";

    /// <summary>
    /// A new feed link for the member, replacing (and so ending) any earlier one of theirs for the group.
    /// The token is random (256 bits) and only its hash is stored, so the link can be shown this once only.
    /// </summary>
    public async Task<Result<FeedLink>> SubscribeAsync(Group group, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        if (!options.IsConfigured)
        {
            return new UserError(NotConfigured(group.Name));
        }

        if (!Permissions.IsMember(group, invoker))
        {
            return new UserError($"Calendar feeds are for members of {group.Name}. Join first with `/group join name:\"{group.Name}\"`.");
        }

        var earlier = await FindAsync(group, invoker, cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            db.CalendarSubscriptions.Remove(earlier);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        db.CalendarSubscriptions.Add(new CalendarSubscription(group.Id, invoker.UserId, Hash(token), time.Now()));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new FeedLink(options.FeedUrl(token), Replaced: earlier is not null);
    }

    /// <summary>Ends the member's feed of the group: its link then answers 404. False when there was none.</summary>
    public async Task<bool> RevokeAsync(Group group, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        var subscription = await FindAsync(group, invoker, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            return false;
        }

        db.CalendarSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The feed for a token, made from the group's meetings as they are now; null for a token that is unknown,
    /// revoked, or whose member has left the group (the web server answers 404 alike, so nothing leaks).
    /// </summary>
    public async Task<string?> RenderAsync(string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length is < 20 or > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var subscription = await db.CalendarSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.TokenHash == hash, cancellationToken).ConfigureAwait(false);
        if (subscription is null)
        {
            return null;
        }

        var group = await db.Groups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == subscription.GroupId, cancellationToken).ConfigureAwait(false);
        return group?.FindMember(subscription.UserId) is null
            ? null
            : await export.CalendarAsync(group, Refresh, cancellationToken).ConfigureAwait(false);
    }

    private Task<CalendarSubscription?> FindAsync(Group group, Invoker invoker, CancellationToken cancellationToken) =>
        db.CalendarSubscriptions.FirstOrDefaultAsync(s => s.GroupId == group.Id && s.UserId == invoker.UserId, cancellationToken);

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
