using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;
using StudyBot.Application.Calendar;

namespace StudyBot.Host.Calendar;

/// <summary>Serves members' calendar feeds at <c>GET /calendar/{token}.ics</c>, made from the current meetings on each request.</summary>
internal static class CalendarFeedEndpoints
{
    /// <summary>Maps the feed route.</summary>
    public static IEndpointConventionBuilder MapCalendarFeeds(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/calendar/{token}.ics", FeedAsync);

    // Unknown, revoked and left-the-group tokens all get the same 404, so a guess learns nothing.
    private static async Task<IResult> FeedAsync(string token, [FromServices] CalendarFeeds feeds, HttpContext context, CancellationToken cancellationToken)
    {
        var calendar = await feeds.RenderAsync(token, cancellationToken).ConfigureAwait(false);
        if (calendar is null)
        {
            return Results.NotFound();
        }

        // Private to the member: no shared cache may keep it, and a revoked link must stop at once.
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.Text(calendar, "text/calendar; charset=utf-8");
    }
}
