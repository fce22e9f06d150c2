using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace StudyBot.Application.Checkins;

/// <summary>
/// The payload of a member's prompt or nudge: whose, for which day of their calendar, prompted when.
/// </summary>
/// <param name="UserId">The member.</param>
/// <param name="Date">The day, ISO, in the member's zone.</param>
/// <param name="PromptAt">When the prompt is (was) due, in Unix milliseconds.</param>
public sealed record CheckinWorkPayload(string UserId, string Date, long PromptAt)
{
    /// <summary>The payload for <paramref name="userId"/>'s prompt at <paramref name="at"/>.</summary>
    public static CheckinWorkPayload For(string userId, ZonedDateTime at) =>
        new(userId, LocalDatePattern.Iso.Format(at.Date), at.ToInstant().ToUnixTimeMilliseconds());

    /// <summary>The day.</summary>
    [JsonIgnore]
    public LocalDate Day => LocalDatePattern.Iso.Parse(Date).GetValueOrThrow();

    /// <summary>When the prompt is due.</summary>
    [JsonIgnore]
    public Instant PromptInstant => Instant.FromUnixTimeMilliseconds(PromptAt);

    /// <summary>The part of a key naming the group, member and day.</summary>
    public string KeyFor(long groupId) => string.Create(CultureInfo.InvariantCulture, $"{groupId}:{UserId}:{Date}");
}
