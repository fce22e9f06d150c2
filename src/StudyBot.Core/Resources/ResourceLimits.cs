namespace StudyBot.Core.Resources;

/// <summary>Limits on shared resources, shared by validation, the store and help texts.</summary>
public static class ResourceLimits
{
    /// <summary>Longest title.</summary>
    public const int TitleMaxLength = 100;

    /// <summary>Longest link.</summary>
    public const int UrlMaxLength = 500;

    /// <summary>Longest note.</summary>
    public const int NoteMaxLength = 300;

    /// <summary>Most tags on one resource.</summary>
    public const int MaxTags = 5;

    /// <summary>Longest tag.</summary>
    public const int TagMaxLength = 24;

    /// <summary>Longest tag list as typed (five tags of 24 characters with separators, and some room for spaces).</summary>
    public const int TagsTextMaxLength = 160;

    /// <summary>Longest search query.</summary>
    public const int QueryMaxLength = 100;

    /// <summary>Longest tag list as stored: the tags separated by single spaces.</summary>
    public const int StoredTagsMaxLength = MaxTags * (TagMaxLength + 1);
}
