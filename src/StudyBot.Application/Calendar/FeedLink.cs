namespace StudyBot.Application.Calendar;

/// <summary>A member's new private feed link.</summary>
/// <param name="Url">The address to give a calendar app.</param>
/// <param name="Replaced">True when it replaced an earlier link, which no longer works.</param>
public sealed record FeedLink(Uri Url, bool Replaced);
