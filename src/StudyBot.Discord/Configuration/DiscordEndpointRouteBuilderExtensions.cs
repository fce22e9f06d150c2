using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Configuration;

/// <summary>Maps the Discord HTTP interactions endpoint.</summary>
public static class DiscordEndpointRouteBuilderExtensions
{
    /// <summary>The path to enter as Interactions Endpoint URL (after the host's public address).</summary>
    public const string InteractionsPath = "/discord/interactions";

    /// <summary>
    /// Maps <c>POST /discord/interactions</c>. It answers 404 unless <c>Discord:PublicKey</c> is set, and
    /// 401 to any request whose Ed25519 signature does not verify.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(InteractionsPath, (HttpContext http) => http.RequestServices.GetRequiredService<InteractionEndpoint>().HandleAsync(http));
        return endpoints;
    }
}
