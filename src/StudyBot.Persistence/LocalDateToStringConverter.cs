using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace StudyBot.Persistence;

/// <summary>Stores a local date as ISO text ("2027-03-16").</summary>
public sealed class LocalDateToStringConverter() : ValueConverter<LocalDate, string>(
    value => LocalDatePattern.Iso.Format(value),
    text => LocalDatePattern.Iso.Parse(text).Value);
