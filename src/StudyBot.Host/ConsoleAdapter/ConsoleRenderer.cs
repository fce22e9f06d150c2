using NodaTime;
using StudyBot.Application.Text;
using StudyBot.Core.Messaging;

namespace StudyBot.Host.ConsoleAdapter;

/// <summary>Turns a neutral reply into console lines.</summary>
public static class ConsoleRenderer
{
    /// <summary>
    /// Lines for a reply; <paramref name="prefix"/> goes before the first line (channel or visibility mark). Times
    /// are shown in the group's zone, followed by the reader's when <paramref name="viewer"/> is another zone, as
    /// Discord and Slack show a timestamp in each reader's own.
    /// </summary>
    public static IReadOnlyList<string> Render(Reply reply, string prefix, DateTimeZone? viewer = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        string Plain(string text) => ToPlain(text, viewer);
        var lines = new List<string>();
        var text = Plain(reply.Text).Split('\n');
        lines.Add(prefix + text[0]);
        lines.AddRange(text.Skip(1).Select(l => "  " + l));
        foreach (var field in reply.Fields)
        {
            var value = Plain(field.Value).Split('\n');
            lines.Add($"  {field.Name}: {value[0]}");
            lines.AddRange(value.Skip(1).Select(l => "    " + l));
        }

        if (reply.Poll is { } poll)
        {
            // The reply's text asks the question; vote with /poll vote and the answer's number.
            lines.AddRange(poll.NumberedAnswers().Select(a => "    " + Plain(a)));
        }

        if (reply.Buttons.Count > 0)
        {
            lines.Add("  " + string.Join(' ', reply.Buttons.Select(b => $"[{b.Label}]")) + "  (press with :press <label>)");
        }

        if (reply.Form is { } form)
        {
            lines.Add($"  Form \"{form.Title}\": answer with :submit {string.Join(' ', form.Fields.Select(f => $"{f.Id}:\"...\""))} (a field left out keeps what it holds)");
            foreach (var field in form.Fields)
            {
                var holds = string.IsNullOrEmpty(field.Value) ? "empty" : $"holds \"{field.Value.Replace("\n", "\\n", StringComparison.Ordinal)}\"";
                lines.Add($"    {field.Id}: {field.Label} ({(field.Required ? "required" : "optional")}, up to {field.MaxLength} characters; {holds})");
            }
        }

        foreach (var attachment in reply.Attachments)
        {
            lines.Add($"  Attachment {attachment.FileName} ({attachment.ContentType}, {attachment.Content.Length} bytes)");
            if (attachment.ContentType.StartsWith("text/", StringComparison.Ordinal))
            {
                var body = System.Text.Encoding.UTF8.GetString(attachment.Content);
                lines.AddRange(body.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(l => "    " + l));
            }
        }

        return lines;
    }

    private static string ToPlain(string text, DateTimeZone? viewer) =>
        viewer is null
            ? RichText.ToPlain(text)
            : RichText.Render(text, s => s, (seconds, fallback) => InBothZones(seconds, fallback, viewer), (_, name) => "@" + name, (_, name) => "#" + name, (url, title) => $"{title} ({url})");

    private static string InBothZones(long seconds, string fallback, DateTimeZone viewer)
    {
        var own = LocalTimeText.Format(Instant.FromUnixTimeSeconds(seconds), viewer);
        return own == fallback ? fallback : $"{fallback} ({own} for you)";
    }
}
