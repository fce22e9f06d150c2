using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Rest;

/// <summary>One REST call, kept as data so a retry can rebuild the HTTP message.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path below the API base, with ids filled in, e.g. <c>channels/1/messages</c>.</param>
/// <param name="Route">
/// The route with minor ids replaced and the top-level resource kept (<c>POST channels/1/messages</c>):
/// Discord scopes a rate-limit bucket to it.
/// </param>
/// <param name="Body">JSON body, sent as <c>payload_json</c> when there are files.</param>
/// <param name="Files">Files for a multipart upload.</param>
/// <param name="InteractionScoped">Interaction callbacks and webhook edits, which the global limit exempts.</param>
internal sealed record DiscordRequest(HttpMethod Method, string Path, string Route, JsonNode? Body = null, IReadOnlyList<ReplyAttachment>? Files = null, bool InteractionScoped = false);
