using NodaTime;
using StudyBot.Core.Results;
using StudyBot.Core.Time;

namespace StudyBot.Core.Groups;

/// <summary>A study group: its home channel, expectations, time zone, organizers and members.</summary>
public sealed class Group
{
    private readonly List<GroupMember> _members = [];

    /// <summary>Creates a group; use <see cref="Create"/> to validate input.</summary>
    private Group(long workspaceId, string name, string homeChannelId, string timeZoneId, Instant createdAt)
    {
        WorkspaceId = workspaceId;
        Name = name;
        NormalizedName = Normalize(name);
        HomeChannelId = homeChannelId;
        TimeZoneId = timeZoneId;
        CreatedAt = createdAt;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The workspace that holds the group.</summary>
    public long WorkspaceId { get; private set; }

    /// <summary>The name shown to people, unique in its workspace ignoring case.</summary>
    public string Name { get; private set; }

    /// <summary>Upper-cased name, so uniqueness ignores case.</summary>
    public string NormalizedName { get; private set; }

    /// <summary>Where the group's announcements go.</summary>
    public string HomeChannelId { get; set; }

    /// <summary>What the group is about.</summary>
    public string? Description { get; private set; }

    /// <summary>The group's expectations of its members.</summary>
    public string? Charter { get; private set; }

    /// <summary>IANA id (or fixed offset) all local times of the group are in.</summary>
    public string TimeZoneId { get; set; }

    /// <summary>
    /// Whether the group's meetings also appear as Discord server events. Off by default: creating
    /// events in a server is visible to everyone there, so an organizer opts in.
    /// </summary>
    public bool MirrorMeetingsToDiscord { get; set; }

    /// <summary>When the group was created.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>Members, organizers included.</summary>
    public IReadOnlyList<GroupMember> Members => _members;

    /// <summary>Validates and creates a group with its creator as the first organizer.</summary>
    public static Result<Group> Create(long workspaceId, string name, string homeChannelId, string timeZoneId, string creatorId, string creatorName, Instant now)
    {
        var nameCheck = ValidateName(name);
        if (!nameCheck.IsSuccess)
        {
            return Result<Group>.Fail(nameCheck.Error);
        }

        var group = new Group(workspaceId, nameCheck.Value!, homeChannelId, timeZoneId, now);
        group._members.Add(new GroupMember(creatorId, creatorName, isOrganizer: true, now));
        return group;
    }

    /// <summary>The normalized form used for unique names.</summary>
    public static string Normalize(string name) => (name ?? string.Empty).Trim().ToUpperInvariant();

    /// <summary>Checks a name against the limits and returns it trimmed.</summary>
    public static Result<string> ValidateName(string? name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return Result<string>.Fail("A group needs a name, for example `name:\"Algo Club\"`.");
        }

        if (trimmed.Length > GroupLimits.NameMaxLength)
        {
            return Result<string>.Fail($"Group names can be at most {GroupLimits.NameMaxLength} characters; this one has {trimmed.Length}.");
        }

        return trimmed;
    }

    /// <summary>The zone all local times of the group are in.</summary>
    public DateTimeZone Zone() => TimeZones.Resolve(TimeZoneId);

    /// <summary>Finds the membership of a user, if any.</summary>
    public GroupMember? FindMember(string userId) => _members.Find(m => m.UserId == userId);

    /// <summary>The member's name in the group; their user id when they are not (or no longer) a member.</summary>
    public string DisplayNameOf(string userId) => FindMember(userId)?.DisplayName ?? userId;

    /// <summary>Adds a member, or explains that they are already in.</summary>
    public Result<GroupMember> Join(string userId, string displayName, Instant now)
    {
        if (FindMember(userId) is not null)
        {
            return Result<GroupMember>.Fail($"You are already a member of {Name}.");
        }

        // A group whose last organizer left would be unmanageable: its next member takes over.
        var member = new GroupMember(userId, displayName, isOrganizer: !_members.Any(m => m.IsOrganizer), now);
        _members.Add(member);
        return member;
    }

    /// <summary>Removes a member; the last organizer cannot leave while others remain.</summary>
    public Result<GroupMember> Leave(string userId)
    {
        var member = FindMember(userId);
        if (member is null)
        {
            return Result<GroupMember>.Fail($"You are not a member of {Name}, so there is nothing to leave.");
        }

        if (member.IsOrganizer && _members.Count > 1 && _members.Count(m => m.IsOrganizer) == 1)
        {
            return Result<GroupMember>.Fail($"You are the only organizer of {Name}. Make someone else an organizer first with `/group settings name:\"{Name}\" add-organizer:<user>`.");
        }

        _members.Remove(member);
        return member;
    }

    /// <summary>Renames the group after the caller checked the new name is free.</summary>
    public Result<string> Rename(string newName)
    {
        var check = ValidateName(newName);
        if (check.IsSuccess)
        {
            Name = check.Value!;
            NormalizedName = Normalize(Name);
        }

        return check;
    }

    /// <summary>Sets the description within its limit.</summary>
    public Result<string> SetDescription(string text) => SetText(text, GroupLimits.DescriptionMaxLength, "Descriptions", v => Description = v);

    /// <summary>Sets the charter within its limit.</summary>
    public Result<string> SetCharter(string text) => SetText(text, GroupLimits.CharterMaxLength, "Charters", v => Charter = v);

    /// <summary>Makes a member an organizer.</summary>
    public Result<GroupMember> Promote(string userId)
    {
        var member = FindMember(userId);
        if (member is null)
        {
            return Result<GroupMember>.Fail($"That user is not a member of {Name}; they must `/group join` first.");
        }

        member.IsOrganizer = true;
        return member;
    }

    private static Result<string> SetText(string text, int max, string what, Action<string?> apply)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length > max)
        {
            return Result<string>.Fail($"{what} can be at most {max} characters; this one has {trimmed.Length}.");
        }

        apply(trimmed.Length == 0 ? null : trimmed);
        return trimmed;
    }
}
