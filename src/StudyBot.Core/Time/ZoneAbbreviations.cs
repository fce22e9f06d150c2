using StudyBot.Core.Results;
using StudyBot.Core.Text;

namespace StudyBot.Core.Time;

/// <summary>
/// Zone abbreviations people type (<c>EST</c>, <c>CET</c>, <c>JST</c>), read as the place whose clock they
/// name, so <c>7pm EST</c> in July is 7pm in New York. Abbreviations used by more than one place
/// (<c>IST</c>: India, Israel, Ireland) are not guessed: the reply lists the zones to choose from.
/// </summary>
internal static class ZoneAbbreviations
{
    private static readonly Dictionary<string, string> Places = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EST"] = "America/New_York", ["EDT"] = "America/New_York", ["ET"] = "America/New_York",
        ["CDT"] = "America/Chicago", ["CT"] = "America/Chicago",
        ["MDT"] = "America/Denver", ["MT"] = "America/Denver",
        ["PST"] = "America/Los_Angeles", ["PDT"] = "America/Los_Angeles", ["PT"] = "America/Los_Angeles",
        ["AKST"] = "America/Anchorage", ["AKDT"] = "America/Anchorage",
        ["HST"] = "Pacific/Honolulu",
        ["ADT"] = "America/Halifax",
        ["NST"] = "America/St_Johns", ["NDT"] = "America/St_Johns",
        ["BRT"] = "America/Sao_Paulo",
        ["WET"] = "Europe/Lisbon", ["WEST"] = "Europe/Lisbon",
        ["CET"] = "Europe/Berlin", ["CEST"] = "Europe/Berlin", ["MET"] = "Europe/Berlin", ["MEST"] = "Europe/Berlin",
        ["EET"] = "Europe/Athens", ["EEST"] = "Europe/Athens",
        ["MSK"] = "Europe/Moscow",
        ["WAT"] = "Africa/Lagos", ["CAT"] = "Africa/Maputo", ["EAT"] = "Africa/Nairobi", ["SAST"] = "Africa/Johannesburg",
        ["PKT"] = "Asia/Karachi", ["NPT"] = "Asia/Kathmandu", ["ICT"] = "Asia/Bangkok", ["WIB"] = "Asia/Jakarta",
        ["SGT"] = "Asia/Singapore", ["HKT"] = "Asia/Hong_Kong", ["PHT"] = "Asia/Manila",
        ["JST"] = "Asia/Tokyo", ["KST"] = "Asia/Seoul",
        ["AWST"] = "Australia/Perth", ["ACST"] = "Australia/Adelaide", ["ACDT"] = "Australia/Adelaide",
        ["AEST"] = "Australia/Sydney", ["AEDT"] = "Australia/Sydney",
        ["NZST"] = "Pacific/Auckland", ["NZDT"] = "Pacific/Auckland",
    };

    // Each is in real use for more than one place; guessing would put meetings hours off for someone.
    private static readonly Dictionary<string, (string Place, string Id)[]> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        ["IST"] = [("India", "Asia/Kolkata"), ("Israel", "Asia/Jerusalem"), ("Ireland", "Europe/Dublin")],
        ["CST"] = [("US Central", "America/Chicago"), ("China", "Asia/Shanghai"), ("Cuba", "America/Havana")],
        ["MST"] = [("US Mountain, with daylight saving", "America/Denver"), ("Arizona, without it", "America/Phoenix")],
        ["BST"] = [("Britain", "Europe/London"), ("Bangladesh", "Asia/Dhaka")],
        ["AST"] = [("Atlantic Canada", "America/Halifax"), ("Arabia", "Asia/Riyadh")],
    };

    /// <summary>Zones named by abbreviations, for suggesting a place instead of a fixed offset.</summary>
    internal static IEnumerable<string> PlaceIds => Places.Values.Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Null when <paramref name="text"/> is no abbreviation this table knows; the IANA id it names; or,
    /// for an ambiguous one, an error listing the zones it may mean.
    /// </summary>
    internal static Result<string>? Find(string text)
    {
        if (Places.TryGetValue(text, out var id))
        {
            return id;
        }

        if (!Ambiguous.TryGetValue(text, out var choices))
        {
            return null;
        }

        var listed = NaturalList.Join(choices.Select(c => $"{c.Place} (`{c.Id}`)"), "or");
        return Result<string>.Fail($"`{text.ToUpperInvariant()}` is used for more than one zone: {listed}. Type the zone you mean, such as `{choices[0].Id}`.");
    }
}
