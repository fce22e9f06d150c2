namespace StudyBot.Application.Calendar;

/// <summary>The <c>Calendar</c> section: where people's calendar apps fetch their private feeds.</summary>
public sealed class CalendarFeedOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Calendar";

    /// <summary>
    /// The base address calendar apps reach StudyBot's web server at, such as <c>https://studybot.example.org</c>
    /// (behind a reverse proxy, the proxy's address). Unset: no web server for feeds, and <c>/meeting subscribe</c>
    /// says so.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Where the web server listens, such as <c>http://0.0.0.0:8080</c>; unset, ASP.NET Core's default (<c>ASPNETCORE_URLS</c>).</summary>
    public string? ListenUrl { get; set; }

    /// <summary>True when feeds can be handed out.</summary>
    public bool IsConfigured => PublicUrl is not null;

    /// <summary>The feed address for a token: the public URL with <c>calendar/{token}.ics</c> after its path.</summary>
    public Uri FeedUrl(string token) =>
        new(new Uri(PublicUrl!.AbsoluteUri.TrimEnd('/') + "/"), $"calendar/{token}.ics");
}
