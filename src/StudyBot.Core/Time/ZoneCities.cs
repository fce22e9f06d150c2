using System.Text;
using NodaTime.TimeZones;

namespace StudyBot.Core.Time;

/// <summary>
/// City names as people type them (<c>new york</c>, <c>sao paulo</c>, <c>São Paulo</c>, <c>munich</c>):
/// every city that names an IANA zone, plus large cities that share a zone with one.
/// </summary>
internal static class ZoneCities
{
    private static readonly string[] Regions = ["Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"];

    // Cities people live in that tzdb does not name, mapped to the zone whose clock they keep.
    private static readonly Dictionary<string, string> Extra = new(StringComparer.Ordinal)
    {
        ["san francisco"] = "America/Los_Angeles", ["seattle"] = "America/Los_Angeles", ["san diego"] = "America/Los_Angeles",
        ["boston"] = "America/New_York", ["washington"] = "America/New_York", ["miami"] = "America/New_York",
        ["atlanta"] = "America/New_York", ["philadelphia"] = "America/New_York",
        ["dallas"] = "America/Chicago", ["houston"] = "America/Chicago", ["austin"] = "America/Chicago",
        ["montreal"] = "America/Toronto", ["rio"] = "America/Sao_Paulo", ["rio de janeiro"] = "America/Sao_Paulo",
        ["munich"] = "Europe/Berlin", ["frankfurt"] = "Europe/Berlin", ["hamburg"] = "Europe/Berlin", ["cologne"] = "Europe/Berlin",
        ["milan"] = "Europe/Rome", ["barcelona"] = "Europe/Madrid", ["geneva"] = "Europe/Zurich",
        ["manchester"] = "Europe/London", ["edinburgh"] = "Europe/London", ["kiev"] = "Europe/Kyiv",
        ["st petersburg"] = "Europe/Moscow", ["saint petersburg"] = "Europe/Moscow",
        ["mumbai"] = "Asia/Kolkata", ["delhi"] = "Asia/Kolkata", ["new delhi"] = "Asia/Kolkata", ["bangalore"] = "Asia/Kolkata",
        ["bengaluru"] = "Asia/Kolkata", ["chennai"] = "Asia/Kolkata", ["hyderabad"] = "Asia/Kolkata", ["calcutta"] = "Asia/Kolkata",
        ["beijing"] = "Asia/Shanghai", ["shenzhen"] = "Asia/Shanghai", ["osaka"] = "Asia/Tokyo", ["tel aviv"] = "Asia/Jerusalem",
        ["canberra"] = "Australia/Sydney", ["wellington"] = "Pacific/Auckland",
    };

    private static readonly Lazy<Dictionary<string, string>> ByName = new(Build);

    private const string Accents = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿ";
    private const string Plain = "aaaaaaceeeeiiiinoooooouuuuyy";

    /// <summary>The IANA id for a typed city name, or null.</summary>
    internal static string? Find(string text) => ByName.Value.GetValueOrDefault(Normalize(text));

    /// <summary>Lower case, no accents, and spaces for underscores and hyphens: "São_Paulo" is "sao paulo".</summary>
    internal static string Normalize(string text)
    {
        // The build uses invariant globalization, where Normalize does not decompose accents: fold them by hand.
        var lower = text.Trim().ToLowerInvariant();
        var plain = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            var folded = Accents.IndexOf(c, StringComparison.Ordinal);
            plain.Append(c is '_' or '-' or '.' ? ' ' : folded >= 0 ? Plain[folded] : c);
        }

        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(Extra, StringComparer.Ordinal);
        var canonical = TzdbDateTimeZoneSource.Default.CanonicalIdMap;
        foreach (var id in canonical.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var parts = id.Split('/');
            if (parts.Length >= 2 && Regions.Contains(parts[0]))
            {
                // Two zones with one city name (none today) would keep the first, in id order.
                names.TryAdd(Normalize(parts[^1]), id);
            }
        }

        return names;
    }
}
