using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace StudyBot.Persistence;

/// <summary>Stores a NodaTime <see cref="Instant"/> as milliseconds since the Unix epoch (UTC).</summary>
public sealed class InstantToUnixMillisecondsConverter() : ValueConverter<Instant, long>(
    instant => instant.ToUnixTimeMilliseconds(),
    millis => Instant.FromUnixTimeMilliseconds(millis));
