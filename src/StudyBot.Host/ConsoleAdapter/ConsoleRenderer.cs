using StudyBot.Core.Messaging;

namespace StudyBot.Host.ConsoleAdapter;

/// <summary>Turns a neutral reply into console lines.</summary>
public static class ConsoleRenderer
{
    /// <summary>Lines for a reply; <paramref name="prefix"/> goes before the first line (channel or visibility mark).</summary>
    public static IReadOnlyList<string> Render(Reply reply, string prefix)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var lines = new List<string>();
        var text = RichText.ToPlain(reply.Text).Split('\n');
        lines.Add(prefix + text[0]);
        lines.AddRange(text.Skip(1).Select(l => "  " + l));
        foreach (var field in reply.Fields)
        {
            var value = RichText.ToPlain(field.Value).Split('\n');
            lines.Add($"  {field.Name}: {value[0]}");
            lines.AddRange(value.Skip(1).Select(l => "    " + l));
        }

        if (reply.Poll is { } poll)
        {
            // The reply's text asks the question; vote with /poll vote and the answer's number.
            lines.AddRange(poll.NumberedAnswers().Select(a => "    " + RichText.ToPlain(a)));
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
}
