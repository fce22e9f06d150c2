using System.Text.Json.Nodes;
using StudyBot.Commands.Intake;
using StudyBot.Slack.Api;
using StudyBot.Slack.Inbound;

namespace StudyBot.Slack.SocketMode;

/// <summary>
/// Turns an envelope into the acknowledgement payload, using the same handlers as HTTP mode. Envelopes are
/// handled once by id, across all connections, so a redelivery after a refresh is only acknowledged.
/// </summary>
internal sealed class SocketModeDispatcher(SlashCommandHandler commands, InteractionHandler interactions, SlackEventDispatcher events, CommandIntake intake)
{
    private readonly RecentIds _seen = new();

    /// <summary>The payload to send with the acknowledgement, or null for a bare one.</summary>
    public async Task<JsonObject?> DispatchAsync(SocketEnvelope envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (!_seen.TryAdd(envelope.EnvelopeId))
        {
            return null;
        }

        var receipt = intake.Receive();
        JsonObject? answer = null;
        switch (envelope.Type)
        {
            case "slash_commands":
                var command = SlashCommand.From(name => SlackWebApi.Text(envelope.Payload, name));
                if (command is not null)
                {
                    answer = await commands.HandleAsync(command, envelope.AcceptsResponsePayload, receipt, cancellationToken).ConfigureAwait(false);
                }

                break;
            case "interactive":
                answer = await interactions.HandleAsync(envelope.Payload, receipt, cancellationToken).ConfigureAwait(false);
                break;
            case "events_api":
                events.Accept(envelope.Payload, envelope.RetryAttempt);
                break;
        }

        return envelope.AcceptsResponsePayload ? answer : null;
    }
}
