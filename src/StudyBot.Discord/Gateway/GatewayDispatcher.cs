using System.Text.Json;
using Microsoft.Extensions.Logging;
using StudyBot.Commands.Intake;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Polls;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// Hands dispatch events to their handlers without holding up the shard's receive loop: each
/// interaction and poll vote runs on its own, so a slow command never delays heartbeats or other users.
/// An interaction is stamped on arrival: its 3 s are counted from here, however long it then queues.
/// </summary>
internal sealed partial class GatewayDispatcher(
    InteractionProcessor interactions,
    CommandIntake intake,
    PollVoteRouter votes,
    DiscordApi api,
    IEnumerable<IGatewayEventObserver> observers,
    ILogger<GatewayDispatcher> logger)
{
    private readonly IGatewayEventObserver[] _observers = observers.ToArray();

    public Task DispatchAsync(int shardId, string eventType, JsonElement data, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            observer.OnDispatch(shardId, eventType);
        }

        switch (eventType)
        {
            case "INTERACTION_CREATE":
                var receipt = intake.Receive();
                var responder = new RestInteractionResponder(api, data.GetProperty("id").GetString()!, data.GetProperty("token").GetString()!);
                Detach(eventType, () => interactions.ProcessAsync(data, responder, receipt, cancellationToken));
                break;
            case "MESSAGE_POLL_VOTE_ADD":
                Detach(eventType, () => votes.HandleAsync(data, added: true, cancellationToken));
                break;
            case "MESSAGE_POLL_VOTE_REMOVE":
                Detach(eventType, () => votes.HandleAsync(data, added: false, cancellationToken));
                break;
        }

        return Task.CompletedTask;
    }

    private void Detach(string eventType, Func<Task> work) =>
        _ = Task.Run(async () =>
        {
            try
            {
                await work().ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The host is stopping.
            }
#pragma warning disable CA1031 // A failing event must not take the shard down; it is logged instead.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex, eventType);
            }
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling Discord event {EventType} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string eventType);
}
