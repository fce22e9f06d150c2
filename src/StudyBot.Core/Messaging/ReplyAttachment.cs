namespace StudyBot.Core.Messaging;

/// <summary>A file sent with a message, such as a PNG chart or an .ics calendar.</summary>
/// <param name="FileName">Name shown to people.</param>
/// <param name="ContentType">MIME type.</param>
/// <param name="Content">The bytes.</param>
public sealed record ReplyAttachment(string FileName, string ContentType, byte[] Content);
