using System.Globalization;

namespace StudyBot.Core.Work;

/// <summary>What a piece of scheduled work belongs to: a type name and a store key.</summary>
/// <param name="Type">Such as <c>series</c>, <c>group</c>, <c>member</c> or <c>poll</c>.</param>
/// <param name="Id">The owner's store key.</param>
public sealed record WorkOwner(string Type, long Id)
{
    /// <summary>The type name of meeting series.</summary>
    public const string SeriesType = "series";

    /// <summary>The type name of groups.</summary>
    public const string GroupType = "group";

    /// <summary>A meeting series.</summary>
    public static WorkOwner Series(long id) => new(SeriesType, id);

    /// <summary>A group (its check-in prompts, nudges and digests).</summary>
    public static WorkOwner Group(long id) => new(GroupType, id);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Type}:{Id}");
}
