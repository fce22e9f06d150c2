namespace StudyBot.Core.Messaging;

/// <summary>A titled value under a message.</summary>
/// <param name="Name">Short title.</param>
/// <param name="Value">The value; may hold <see cref="RichText"/> tokens.</param>
/// <param name="Inline">Whether it may sit beside other fields.</param>
public sealed record ReplyField(string Name, string Value, bool Inline = false);
