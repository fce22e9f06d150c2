using System.Text.Json;

namespace StudyBot.Slack.SocketMode;

/// <summary>One Socket Mode delivery: <c>{envelope_id, type, payload, accepts_response_payload, retry_attempt}</c>.</summary>
/// <param name="EnvelopeId">The id to acknowledge.</param>
/// <param name="Type"><c>events_api</c>, <c>slash_commands</c> or <c>interactive</c>.</param>
/// <param name="Payload">What HTTP mode would have received as its body.</param>
/// <param name="AcceptsResponsePayload">Whether the acknowledgement may carry an answer.</param>
/// <param name="RetryAttempt">Slack's retry count for this delivery.</param>
internal sealed record SocketEnvelope(string EnvelopeId, string Type, JsonElement Payload, bool AcceptsResponsePayload, int RetryAttempt)
{
    /// <summary>The envelope in a Socket Mode message, or null when the message is not one (hello, disconnect).</summary>
    public static SocketEnvelope? From(JsonElement message)
    {
        if (!message.TryGetProperty("envelope_id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        return new SocketEnvelope(
            id.GetString()!,
            message.TryGetProperty("type", out var type) ? type.GetString() ?? string.Empty : string.Empty,
            message.TryGetProperty("payload", out var payload) ? payload : default,
            message.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True,
            message.TryGetProperty("retry_attempt", out var retry) && retry.TryGetInt32(out var attempt) ? attempt : 0);
    }
}
