using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.TimeZones;
using StudyBot.Core.Results;
using StudyBot.Core.Text;

namespace StudyBot.Core.Time;

/// <summary>
/// Resolves what users type as a time zone. IANA ids come from NodaTime's bundled tzdb;
/// offsets such as <c>UTC+2</c> are accepted with a warning because they ignore daylight saving.
/// </summary>
public static partial class TimeZones
{
    private static readonly IDateTimeZoneProvider Tzdb = DateTimeZoneProviders.Tzdb;

    // A winter and a summer instant of the north, to tell fixed offsets from zones with daylight saving.
    private static readonly Instant January = Instant.FromUtc(2030, 1, 15, 12, 0);
    private static readonly Instant July = Instant.FromUtc(2030, 7, 15, 12, 0);

    /// <summary>Every canonical IANA id, for suggestions and autocomplete.</summary>
    public static IReadOnlyList<string> Ids { get; } = Tzdb.Ids.Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC").ToArray();

    /// <summary>The forms accepted, for replies.</summary>
    public const string Examples = "a city such as `berlin` or `new york`, an IANA name such as `Europe/Berlin`, or an abbreviation such as `EST`";

    /// <summary>
    /// Parses user input into a zone: an IANA id in any case, a city (<c>new york</c>, <c>sao paulo</c>),
    /// an abbreviation (<c>EST</c>, <c>CET</c>; an ambiguous one such as <c>IST</c> is asked about), or an
    /// offset such as <c>UTC+2</c> (with a warning). Otherwise explains what to type instead.
    /// </summary>
    public static Result<TimeZoneChoice> Parse(string input)
    {
        var text = (input ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return Result<TimeZoneChoice>.Fail($"Give a time zone: {Examples}.");
        }

        if (TryResolve(text) is { } found)
        {
            return found;
        }

        var suggestion = Suggestions.Closest(text, Ids);
        return suggestion is null
            ? Result<TimeZoneChoice>.Fail($"Unknown time zone `{text}`. Type {Examples}.")
            : Result<TimeZoneChoice>.Fail($"Unknown time zone `{text}`. Did you mean `{suggestion}`?");
    }

    /// <summary>
    /// Like <see cref="Parse"/> but without guessing at typos: null when <paramref name="text"/> names no
    /// zone at all, so a caller can try reading it as something else.
    /// </summary>
    public static Result<TimeZoneChoice>? TryResolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (ZoneAbbreviations.Find(text) is { } abbreviation)
        {
            return abbreviation.IsSuccess ? new TimeZoneChoice(abbreviation.Value!, Tzdb[abbreviation.Value!], null) : abbreviation.Error;
        }

        var exact = Ids.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase))
            ?? Tzdb.Ids.FirstOrDefault(id => string.Equals(id, text, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            var zone = Tzdb[exact];
            return new TimeZoneChoice(exact, zone, IsLegacyFixedOffset(exact, zone) ? FixedOffsetWarning(exact, zone) : null);
        }

        var offset = OffsetPattern().Match(text);
        if (offset.Success)
        {
            return ParseOffset(offset);
        }

        if (ZoneCities.Find(text) is { } city)
        {
            return new TimeZoneChoice(city, Tzdb[city], null);
        }

        return null;
    }

    /// <summary>Resolves a stored id (IANA or fixed offset) back into a zone.</summary>
    public static DateTimeZone Resolve(string storedId)
    {
        ArgumentNullException.ThrowIfNull(storedId);
        var zone = Tzdb.GetZoneOrNull(storedId);
        if (zone is not null)
        {
            return zone;
        }

        var offset = OffsetPattern().Match(storedId);
        return offset.Success && ParseOffset(offset) is { IsSuccess: true } parsed
            ? parsed.Value!.Zone
            : throw new InvalidOperationException($"Stored time zone id '{storedId}' is not valid.");
    }

    private static Result<TimeZoneChoice> ParseOffset(Match match)
    {
        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var sign = match.Groups["sign"].Value == "-" ? -1 : 1;

        // Real offsets run from -12:00 to +14:00, so UTC-13 and UTC+14:30 are typos too.
        var totalMinutes = sign * ((hours * 60) + minutes);
        if (minutes > 59 || totalMinutes < -12 * 60 || totalMinutes > 14 * 60)
        {
            return Result<TimeZoneChoice>.Fail($"`{match.Value}` is not a real UTC offset; offsets run from UTC-12 to UTC+14.");
        }

        var value = Offset.FromHoursAndMinutes(sign * hours, sign * minutes);
        var id = value == Offset.Zero ? "UTC" : $"UTC{(sign < 0 ? "-" : "+")}{hours:00}:{minutes:00}";
        var zone = value == Offset.Zero ? DateTimeZone.Utc : DateTimeZone.ForOffset(value);
        return new TimeZoneChoice(id, zone, value == Offset.Zero ? null : FixedOffsetWarning(id, zone));
    }

    /// <summary>Names places that keep this offset for part of the year, so people can pick the one they live in.</summary>
    private static string FixedOffsetWarning(string id, DateTimeZone zone)
    {
        var offset = zone.GetUtcOffset(January);
        var places = ZoneAbbreviations.PlaceIds
            .Where(place => Tzdb[place].GetUtcOffset(January) == offset || Tzdb[place].GetUtcOffset(July) == offset)
            .Take(2)
            .Select(place => $"`{place}`")
            .ToList();
        var such = places.Count == 0 ? string.Empty : $", such as {NaturalList.Join(places, "or")}";
        return $"`{id}` is a fixed offset: it does not follow daylight saving. If clocks change where you are, type your city instead{such}.";
    }

    // Legacy ids such as EST, MST or Etc/GMT+2 are offsets in disguise: people who type EST mean New York,
    // which does observe daylight saving. Region ids (Asia/Tokyo) never get this warning.
    private static bool IsLegacyFixedOffset(string id, DateTimeZone zone)
    {
        if (id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal))
        {
            return false;
        }

        var january = zone.GetUtcOffset(January);
        return january != Offset.Zero && january == zone.GetUtcOffset(July);
    }

    [GeneratedRegex(@"^(?:UTC|GMT)\s*(?<sign>[+-])\s*(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
