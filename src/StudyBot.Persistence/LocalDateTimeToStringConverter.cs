using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace StudyBot.Persistence;

/// <summary>Stores a local date-time as ISO text ("2027-03-16T19:00:00"), which sorts correctly.</summary>
public sealed class LocalDateTimeToStringConverter() : ValueConverter<LocalDateTime, string>(
    value => LocalDateTimePattern.ExtendedIso.Format(value),
    text => LocalDateTimePattern.ExtendedIso.Parse(text).Value);
