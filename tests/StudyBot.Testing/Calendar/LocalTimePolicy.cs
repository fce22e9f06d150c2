namespace StudyBot.Testing.Calendar;

/// <summary>How a calendar app reads a local time that a clock change skips or repeats.</summary>
public enum LocalTimePolicy
{
    /// <summary>RFC 5545 3.3.5: a skipped time uses the offset before the gap; a repeated one is the first.</summary>
    Rfc5545,

    /// <summary>The opposite, as some apps do: a skipped time uses the offset after the gap; a repeated one is the second.</summary>
    Contrary,
}
