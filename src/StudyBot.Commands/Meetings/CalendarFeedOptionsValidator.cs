using Microsoft.Extensions.Options;
using StudyBot.Application.Calendar;

namespace StudyBot.Commands.Meetings;

/// <summary>Checks the <c>Calendar</c> section at start, naming the key to fix.</summary>
internal sealed class CalendarFeedOptionsValidator : IValidateOptions<CalendarFeedOptions>
{
    public ValidateOptionsResult Validate(string? name, CalendarFeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PublicUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || url.Query.Length > 0 || url.Fragment.Length > 0))
        {
            return ValidateOptionsResult.Fail($"Calendar:PublicUrl must be an http(s) address without query, such as https://studybot.example.org; it is '{url}'.");
        }

        if (options.ListenUrl is { Length: > 0 } listen && (!Uri.TryCreate(listen, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")))
        {
            return ValidateOptionsResult.Fail($"Calendar:ListenUrl must be an http(s) address to listen on, such as http://0.0.0.0:8080; it is '{listen}'.");
        }

        return ValidateOptionsResult.Success;
    }
}
