using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace StudyBot.Application.Mentors;

/// <summary>The payload of a pairing's weekly work: the slot's local date (its period's key) and its instant.</summary>
/// <param name="Date">The slot's date, ISO, in the zone of whoever it is for.</param>
/// <param name="At">The slot, in Unix milliseconds.</param>
public sealed record MentorWorkPayload(string Date, long At)
{
    /// <summary>The payload of the slot <paramref name="at"/>.</summary>
    public static MentorWorkPayload For(ZonedDateTime at) => new(LocalDatePattern.Iso.Format(at.Date), at.ToInstant().ToUnixTimeMilliseconds());

    /// <summary>The slot's date.</summary>
    [JsonIgnore]
    public LocalDate Day => LocalDatePattern.Iso.Parse(Date).GetValueOrThrow();

    /// <summary>The slot.</summary>
    [JsonIgnore]
    public Instant Slot => Instant.FromUnixTimeMilliseconds(At);

    /// <summary>The key of the work of <paramref name="kind"/> for pairing <paramref name="mentorshipId"/> in this period.</summary>
    public string KeyFor(string kind, long mentorshipId) => string.Create(CultureInfo.InvariantCulture, $"{kind}:{mentorshipId}:{Date}");
}
