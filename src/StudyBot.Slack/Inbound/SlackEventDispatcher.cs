using System.Text.Json;
using Microsoft.Extensions.Logging;
using StudyBot.Slack.Api;

namespace StudyBot.Slack.Inbound;

/// <summary>
/// Events API callbacks from HTTP or Socket Mode: acknowledged at once, handled in the background, and each
/// event_id handled once however often Slack retries it.
/// </summary>
internal sealed partial class SlackEventDispatcher(IEnumerable<ISlackEventListener> handlers, BackgroundWork background, ILogger<SlackEventDispatcher> logger)
{
    private readonly RecentIds _seen = new();
    private readonly ILookup<string, ISlackEventListener> _handlers = handlers.ToLookup(h => h.EventType, StringComparer.Ordinal);

    /// <summary>Accepts an <c>event_callback</c>; returns false when it was a repeat and was ignored.</summary>
    public bool Accept(JsonElement envelope, int? retryNumber)
    {
        if (envelope.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var eventId = SlackWebApi.Text(envelope, "event_id");
        if (eventId is not null && !_seen.TryAdd(eventId))
        {
            LogDuplicate(logger, eventId, retryNumber ?? 0);
            return false;
        }

        if (!envelope.TryGetProperty("event", out var inner))
        {
            return true;
        }

        var type = SlackWebApi.Text(inner, "type") ?? string.Empty;
        var copy = envelope.Clone();
        foreach (var handler in _handlers[type])
        {
            background.Run($"event {type}", token => handler.HandleAsync(copy, token));
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {EventId} already handled; ignoring delivery retry {Retry}")]
    private static partial void LogDuplicate(ILogger logger, string eventId, int retry);
}
