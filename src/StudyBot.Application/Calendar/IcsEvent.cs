using NodaTime;

namespace StudyBot.Application.Calendar;

/// <summary>Writes one VEVENT of a series: its times come from the caller, its details from the series.</summary>
internal static class IcsEvent
{
    /// <summary>Writes a VEVENT with <paramref name="uid"/>; <paramref name="start"/> writes DTSTART (and RECURRENCE-ID), <paramref name="rule"/> the RRULE and EXDATEs.</summary>
    public static void Write(IcsWriter writer, IcsSeries series, Instant stamp, string uid, Action<IcsWriter> start, Action<IcsWriter>? rule)
    {
        writer.Begin("VEVENT");
        writer.Raw("UID", uid);
        writer.Raw("DTSTAMP", IcsWriter.Utc(stamp));
        start(writer);
        writer.Raw("DURATION", IcsWriter.Duration(series.Duration));
        rule?.Invoke(writer);
        writer.Text("SUMMARY", series.Title);
        var link = Uri.TryCreate(series.Url, UriKind.Absolute, out var uri) ? uri : null;
        if (Description(series.Description, link) is { } description)
        {
            writer.Text("DESCRIPTION", description);
        }

        if ((string.IsNullOrWhiteSpace(series.Location) ? link?.ToString() : series.Location) is { } location)
        {
            writer.Text("LOCATION", location);
        }

        if (link is not null)
        {
            writer.Raw("URL", link.AbsoluteUri);
        }

        writer.End("VEVENT");
    }

    /// <summary>
    /// The agenda, then the link: several big calendar apps ignore the URL property, and a link nobody
    /// sees is the "export without details" people complain about.
    /// </summary>
    private static string? Description(string? agenda, Uri? link)
    {
        var parts = new[] { agenda?.Trim(), link is null ? null : $"Link: {link}" }.Where(p => !string.IsNullOrEmpty(p));
        var text = string.Join("\n\n", parts);
        return text.Length == 0 ? null : text;
    }
}
