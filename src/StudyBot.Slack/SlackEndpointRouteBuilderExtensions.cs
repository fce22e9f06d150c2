using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using StudyBot.Slack.Http;

namespace StudyBot.Slack;

/// <summary>Maps Slack's HTTP-mode request URLs.</summary>
public static class SlackEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /slack/commands</c>, <c>/slack/interactions</c> and <c>/slack/events</c>; each request must carry a
    /// valid <c>X-Slack-Signature</c> made with <c>Slack:SigningSecret</c> within five minutes, else 401.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Cast to Delegate so minimal APIs write the returned IResult instead of treating the handler as a RequestDelegate.
        var slack = endpoints.MapGroup("/slack");
        slack.MapPost("/commands", (Delegate)SlackHttpEndpoints.CommandsAsync);
        slack.MapPost("/interactions", (Delegate)SlackHttpEndpoints.InteractionsAsync);
        slack.MapPost("/events", (Delegate)SlackHttpEndpoints.EventsAsync);
        return endpoints;
    }
}
