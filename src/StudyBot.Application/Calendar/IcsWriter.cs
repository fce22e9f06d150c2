using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace StudyBot.Application.Calendar;

/// <summary>
/// Writes RFC 5545 content lines: CRLF endings, lines folded at 75 octets of UTF-8, TEXT values escaped and
/// parameter values quoted where they must be. Small on purpose, so every byte of an export is ours to test.
/// </summary>
internal sealed class IcsWriter
{
    private const int MaxLineOctets = 75;

    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");
    private static readonly InstantPattern UtcPattern = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    private readonly StringBuilder _text = new();

    /// <summary>A local date-time as iCalendar writes it (<c>20270316T190000</c>).</summary>
    public static string Local(LocalDateTime value) => LocalPattern.Format(value);

    /// <summary>An instant in UTC form (<c>20270316T180000Z</c>).</summary>
    public static string Utc(Instant value) => UtcPattern.Format(value);

    /// <summary>A UTC offset as <c>+0100</c>, or <c>+005328</c> when it has seconds (old local mean times).</summary>
    public static string Offset(Offset offset)
    {
        var seconds = Math.Abs(offset.Seconds);
        var sign = offset.Seconds < 0 ? '-' : '+';
        var text = string.Create(CultureInfo.InvariantCulture, $"{sign}{seconds / 3600:00}{seconds / 60 % 60:00}");
        return seconds % 60 == 0 ? text : string.Create(CultureInfo.InvariantCulture, $"{text}{seconds % 60:00}");
    }

    /// <summary>A duration as <c>PT1H30M</c> (exact hours, minutes and seconds, so a meeting across a DST change keeps its length).</summary>
    public static string Duration(Duration duration)
    {
        var seconds = (long)duration.TotalSeconds;
        var text = new StringBuilder("PT");
        if (seconds / 3600 > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{seconds / 3600}H");
        }

        if (seconds / 60 % 60 > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{seconds / 60 % 60}M");
        }

        if (seconds % 60 > 0 || seconds == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{seconds % 60}S");
        }

        return text.ToString();
    }

    /// <summary>A line whose value is written as is (dates, rules, offsets, names).</summary>
    public void Raw(string name, string value, params (string Name, string Value)[] parameters)
    {
        var line = new StringBuilder(name);
        foreach (var (parameter, parameterValue) in parameters)
        {
            line.Append(';').Append(parameter).Append('=').Append(QuoteIfNeeded(parameterValue));
        }

        Fold(line.Append(':').Append(value).ToString());
    }

    /// <summary>A TEXT line: backslashes, semicolons, commas and line breaks escaped.</summary>
    public void Text(string name, string value) => Raw(name, Escape(value));

    /// <summary>A date-time in a named zone: <c>DTSTART;TZID=Europe/Berlin:20270316T190000</c>.</summary>
    public void Zoned(string name, LocalDateTime value, string timeZoneId) => Raw(name, Local(value), ("TZID", timeZoneId));

    /// <summary>Opens a component.</summary>
    public void Begin(string component) => Raw("BEGIN", component);

    /// <summary>Closes a component.</summary>
    public void End(string component) => Raw("END", component);

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\n", StringComparison.Ordinal);

    // A parameter value with ':', ';' or ',' must be quoted (TZID="UTC+02:00"); a quote itself cannot appear.
    private static string QuoteIfNeeded(string value)
    {
        var clean = value.Replace("\"", string.Empty, StringComparison.Ordinal);
        return clean.AsSpan().IndexOfAny(":;,") >= 0 ? $"\"{clean}\"" : clean;
    }

    // Fold by UTF-8 octets without splitting a character (or a surrogate pair) across lines.
    private void Fold(string line)
    {
        var octets = 0;
        var limit = MaxLineOctets;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                _text.Append("\r\n ");
                octets = 0;
                limit = MaxLineOctets - 1;
            }

            _text.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        _text.Append("\r\n");
    }
}
