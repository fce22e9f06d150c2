using System.Text.Json;
using StudyBot.Core.Messaging;
using StudyBot.Slack.Api;
using StudyBot.Slack.Rendering;

namespace StudyBot.Slack.Inbound;

/// <summary>Someone @-mentions the bot: answer in the thread with how to talk to it.</summary>
internal sealed class AppMentionListener(SlackWebApi api) : ISlackEventListener
{
    public string EventType => "app_mention";

    public async Task HandleAsync(JsonElement envelope, CancellationToken cancellationToken)
    {
        var inner = envelope.TryGetProperty("event", out var e) ? e : default;
        var channel = SlackWebApi.Text(inner, "channel");
        if (channel is null || SlackWebApi.Text(inner, "bot_id") is not null)
        {
            return;
        }

        var message = BlockKitRenderer.Message(Reply.Public("Hi! I answer to `/study`. Try `/study help` for every command, or `/study group list` for the groups here."));
        message["thread_ts"] = SlackWebApi.Text(inner, "thread_ts") ?? SlackWebApi.Text(inner, "ts");
        await api.PostMessageAsync(channel, message, cancellationToken).ConfigureAwait(false);
    }
}
