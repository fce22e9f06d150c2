using NodaTime;
using StudyBot.Core.Results;

namespace StudyBot.Core.Resources;

/// <summary>A link a member shared with their group: a title, tags to find it by, and an optional note.</summary>
public sealed class Resource
{
    private const string TitleExample = "`title:\"SICP, 2nd edition\"`";

    private Resource(long groupId, string title, string url, string urlKey, string tagText, string? note, string addedBy, Instant addedAt)
    {
        GroupId = groupId;
        Title = title;
        Url = url;
        UrlKey = urlKey;
        TagText = tagText;
        Note = note;
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    /// <summary>Store key; the number people use to name the resource (<c>#3</c>).</summary>
    public long Id { get; private set; }

    /// <summary>The group.</summary>
    public long GroupId { get; private set; }

    /// <summary>What it is, as lists show it.</summary>
    public string Title { get; private set; }

    /// <summary>The link, as shared.</summary>
    public string Url { get; private set; }

    /// <summary>The link's duplicate-detection key (<see cref="ResourceUrl.KeyOf"/>), unique in a group.</summary>
    public string UrlKey { get; private set; }

    /// <summary>The tags as stored: lower case, separated by single spaces ("sicp lisp"); empty for none.</summary>
    public string TagText { get; private set; }

    /// <summary>The tags, in the order given.</summary>
    public IReadOnlyList<string> Tags => TagText.Length == 0 ? [] : TagText.Split(' ');

    /// <summary>Why it is worth reading, if the sharer said.</summary>
    public string? Note { get; private set; }

    /// <summary>Who shared it.</summary>
    public string AddedBy { get; private set; }

    /// <summary>When.</summary>
    public Instant AddedAt { get; private set; }

    /// <summary>Validates and creates a resource; each refusal says what is wrong and shows a value that works.</summary>
    public static Result<Resource> Create(long groupId, string url, string title, string? tags, string? note, string addedBy, Instant now)
    {
        var link = ResourceUrl.Parse(url);
        if (!link.IsSuccess)
        {
            return link.Error;
        }

        var shownTitle = OneLine(title);
        if (shownTitle.Length == 0)
        {
            return Result<Resource>.Fail($"A resource needs a title, such as {TitleExample}.");
        }

        if (shownTitle.Length > ResourceLimits.TitleMaxLength)
        {
            return Result<Resource>.Fail($"Resource titles can be at most {ResourceLimits.TitleMaxLength} characters; yours has {shownTitle.Length}. Shorten it, such as {TitleExample}.");
        }

        var parsedTags = ResourceTags.Parse(tags);
        if (!parsedTags.IsSuccess)
        {
            return parsedTags.Error;
        }

        var shownNote = OneLine(note);
        if (shownNote.Length > ResourceLimits.NoteMaxLength)
        {
            return Result<Resource>.Fail($"Notes can be at most {ResourceLimits.NoteMaxLength} characters; yours has {shownNote.Length}. Keep it to a line, such as `note:\"Chapters 1-3 before Tuesday\"`.");
        }

        return new Resource(groupId, shownTitle, link.Value!.Value, link.Value.Key, string.Join(' ', parsedTags.Value!), shownNote.Length == 0 ? null : shownNote, addedBy, now);
    }

    // Lists show one line per resource, so line breaks and runs of spaces become single spaces.
    private static string OneLine(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
