using System.Globalization;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;
using StudyBot.Core.Resources;

namespace StudyBot.Application.Resources;

/// <summary>How resources read in replies and in the digest, each shown as a link in the platform's own form.</summary>
public static class ResourceTexts
{
    /// <summary>"#3 “SICP” added by @alice on Mon 15 Mar 2027".</summary>
    public static string Entry(Resource resource, Group group)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return $"#{resource.Id} “{resource.Title}” added by {Sharer(resource, group)} on {Day(resource, group)}";
    }

    /// <summary>"#3 SICP [sicp, lisp], from @alice on Mon 15 Mar 2027 — The wizard book", the title a link.</summary>
    public static string Line(Resource resource, Group group)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var note = resource.Note is { } text ? " — " + text : string.Empty;
        return $"{Brief(resource, group)} on {Day(resource, group)}{note}";
    }

    /// <summary>"#3 SICP [sicp, lisp], from @alice", the title a link.</summary>
    public static string Brief(Resource resource, Group group)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return $"#{resource.Id} {RichText.Link(resource.Url, resource.Title)}{Tags(resource)}, from {Sharer(resource, group)}";
    }

    /// <summary>" [sicp, lisp]", or nothing without tags.</summary>
    public static string Tags(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Tags.Count == 0 ? string.Empty : $" [{string.Join(", ", resource.Tags)}]";
    }

    /// <summary>
    /// As many <paramref name="lines"/> as fit in <paramref name="budget"/> characters of plain text (links and mentions
    /// take a little more on the platforms, so budgets leave room), and how many were left out.
    /// </summary>
    public static (IReadOnlyList<string> Shown, int Left) Within(IReadOnlyList<string> lines, int budget)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var shown = new List<string>();
        var used = 0;
        foreach (var line in lines)
        {
            used += RichText.ToPlain(line).Length + 1;
            if (used > budget && shown.Count > 0)
            {
                break;
            }

            shown.Add(line);
        }

        return (shown, lines.Count - shown.Count);
    }

    private static string Sharer(Resource resource, Group group) =>
        RichText.User(resource.AddedBy, group.DisplayNameOf(resource.AddedBy));

    private static string Day(Resource resource, Group group) =>
        resource.AddedAt.InZone(group.Zone()).Date.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture);
}
