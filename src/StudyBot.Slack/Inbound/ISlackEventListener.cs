using System.Text.Json;

namespace StudyBot.Slack.Inbound;

/// <summary>Handles one Events API event type; register with <c>services.AddSingleton&lt;ISlackEventListener, T&gt;()</c>.</summary>
public interface ISlackEventListener
{
    /// <summary>The inner event type, such as <c>app_mention</c>.</summary>
    string EventType { get; }

    /// <summary>Handles the event; <paramref name="envelope"/> is the outer <c>event_callback</c> with team_id and event.</summary>
    Task HandleAsync(JsonElement envelope, CancellationToken cancellationToken);
}
