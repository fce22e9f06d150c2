using NodaTime;

namespace StudyBot.Application.Calendar;

/// <summary>A STANDARD or DAYLIGHT part of a VTIMEZONE: one kind of change, at the listed dates or by a yearly rule.</summary>
internal sealed class IcsObservance(bool daylight, Offset from, Offset to, string name, LocalDateTime start, string? rule)
{
    /// <summary>Further onsets (RDATE) after the first, in local time on the clock before the change.</summary>
    public List<LocalDateTime> Dates { get; } = [];

    /// <summary>Writes the part.</summary>
    public void Write(IcsWriter writer)
    {
        var component = daylight ? "DAYLIGHT" : "STANDARD";
        writer.Begin(component);
        writer.Raw("DTSTART", IcsWriter.Local(start));
        writer.Raw("TZOFFSETFROM", IcsWriter.Offset(from));
        writer.Raw("TZOFFSETTO", IcsWriter.Offset(to));
        if (rule is not null)
        {
            writer.Raw("RRULE", rule);
        }

        // Short RDATE lines read more easily than one folded line of a hundred dates.
        foreach (var chunk in Dates.Chunk(8))
        {
            writer.Raw("RDATE", string.Join(',', chunk.Select(IcsWriter.Local)));
        }

        writer.Text("TZNAME", name);
        writer.End(component);
    }
}
