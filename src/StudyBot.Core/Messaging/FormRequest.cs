namespace StudyBot.Core.Messaging;

/// <summary>A short form (Discord modal, Slack modal view); its submission returns to the router.</summary>
/// <param name="FormId">Neutral id such as <c>checkin:42</c>, same rules as a button's action id.</param>
/// <param name="Title">Title (at most 45 characters, the smaller of the two platforms' limits).</param>
/// <param name="Fields">One to five text inputs.</param>
public sealed record FormRequest(string FormId, string Title, IReadOnlyList<FormField> Fields);

/// <summary>A text input of a form.</summary>
/// <param name="Id">Key of the value in the submission.</param>
/// <param name="Label">Label (at most 45 characters).</param>
/// <param name="MultiLine">Paragraph rather than a single line.</param>
/// <param name="Required">Whether it must be filled in.</param>
/// <param name="MaxLength">Longest accepted answer.</param>
/// <param name="Placeholder">Hint shown while empty.</param>
/// <param name="Value">What the input holds when the form opens (the current text, when editing).</param>
public sealed record FormField(string Id, string Label, bool MultiLine = false, bool Required = true, int MaxLength = 1000, string? Placeholder = null, string? Value = null);
