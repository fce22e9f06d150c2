using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Roles;

/// <summary>A duty that keeps a group's meetings going (facilitator, note-taker...), rotated between members.</summary>
public sealed class MeetingRole
{
    private MeetingRole(long groupId, string name, string? description, bool required, Instant createdAt)
    {
        GroupId = groupId;
        Name = name;
        NormalizedName = Normalize(name);
        Description = description;
        Required = required;
        CreatedAt = createdAt;
    }

    /// <summary>Store key; roles are filled in this order.</summary>
    public long Id { get; private set; }

    /// <summary>The group the role belongs to.</summary>
    public long GroupId { get; private set; }

    /// <summary>As people call it.</summary>
    public string Name { get; private set; }

    /// <summary>Upper-cased, so names are unique in a group ignoring case.</summary>
    public string NormalizedName { get; private set; }

    /// <summary>What the role does, in a line.</summary>
    public string? Description { get; private set; }

    /// <summary>Required roles are always filled when anyone can come; optional ones stay empty first.</summary>
    public bool Required { get; private set; }

    /// <summary>When it was added.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>Validates and creates a role.</summary>
    public static Result<MeetingRole> Create(long groupId, string? name, string? description, bool required, Instant now)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return Result<MeetingRole>.Fail("A role needs a name, for example `name:Facilitator`.");
        }

        if (trimmed.Length > RoleLimits.NameMaxLength)
        {
            return Result<MeetingRole>.Fail($"Role names can be at most {RoleLimits.NameMaxLength} characters; this one has {trimmed.Length}.");
        }

        var about = description?.Trim();
        if (about?.Length > RoleLimits.DescriptionMaxLength)
        {
            return Result<MeetingRole>.Fail($"Role descriptions can be at most {RoleLimits.DescriptionMaxLength} characters; this one has {about.Length}.");
        }

        return new MeetingRole(groupId, trimmed, string.IsNullOrEmpty(about) ? null : about, required, now);
    }

    /// <summary>The form names are compared in.</summary>
    public static string Normalize(string name) => (name ?? string.Empty).Trim().ToUpperInvariant();
}
