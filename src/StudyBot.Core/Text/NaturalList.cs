namespace StudyBot.Core.Text;

/// <summary>Writes lists the way people write them: "Mon, Wed and Fri".</summary>
public static class NaturalList
{
    /// <summary>"a", "a and b", "a, b and c"; empty for no items.</summary>
    public static string Join(IEnumerable<string> items) => Join(items, "and");

    /// <summary>Like <see cref="Join(IEnumerable{string})"/> with another last word, such as "or".</summary>
    public static string Join(IEnumerable<string> items, string lastWord)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} {lastWord} {list[^1]}",
        };
    }
}
