using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Intake;
using StudyBot.Application;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Discord.Configuration;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Interactions;

/// <summary>
/// Handles one interaction, from the gateway or the HTTP endpoint alike: routes it to the command
/// router and answers within Discord's 3 seconds, directly when the handler is fast, otherwise by
/// deferring and completing later (<see cref="ReplyDelivery"/>).
/// </summary>
internal sealed partial class InteractionProcessor(
    CommandRouter router,
    InFlightCommands inFlight,
    CommandIntake intake,
    IServiceScopeFactory scopes,
    ReplyDelivery delivery,
    IOptions<DiscordOptions> options,
    ILogger<InteractionProcessor> logger)
{
    private const int Ping = 1;
    private const int ApplicationCommand = 2;
    private const int MessageComponent = 3;
    private const int AutocompleteRequest = 4;
    private const int ModalSubmit = 5;

    private readonly RecentIds _seen = new(4096);

    public async Task ProcessAsync(JsonElement interaction, IInteractionResponder responder, Receipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responder);
        var type = interaction.GetProperty("type").GetInt32();
        if (type == Ping)
        {
            await responder.RespondAsync(new JsonObject { ["type"] = 1 }, [], cancellationToken).ConfigureAwait(false);
            return;
        }

        var context = InteractionParser.Context(interaction);
        if (!_seen.Add(context.Id))
        {
            LogDuplicate(logger, context.Id);
            return;
        }

        var data = interaction.GetProperty("data");

        // A command in hand is answered even when the gateway closes or the host stops (within the shutdown grace):
        // from here on, work runs on the in-flight token rather than the connection's.
        using var handling = type == AutocompleteRequest ? null : inFlight.TryBegin();
        if (type != AutocompleteRequest && handling is null)
        {
            await delivery.RespondAsync(context, Reply.Error(InFlightCommands.RestartingMessage), responder, cancellationToken).ConfigureAwait(false);
            return;
        }

        cancellationToken = type == AutocompleteRequest ? cancellationToken : inFlight.Stopping;
        try
        {
            if (type == AutocompleteRequest)
            {
                await SuggestAsync(context, data, responder, cancellationToken).ConfigureAwait(false);
                return;
            }

            var (work, privately) = type switch
            {
                ApplicationCommand => Prepare(() => Command(context, data)),
                MessageComponent => Prepare(() => Component(context, data, [])),
                ModalSubmit => Prepare(() => Component(context, data, InteractionParser.FormValues(data))),
                _ => (null, false),
            };
            if (work is not null)
            {
                await RespondInTimeAsync(context, intake.RunAsync(work, cancellationToken), receipt, privately, responder, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DiscordApiException ex)
        {
            LogResponseFailed(logger, ex, context.Id);
        }
    }

    // When the deadline passes first, the deferral's placeholder is shown as the reply is expected to be (privately or not).
    private async Task RespondInTimeAsync(InteractionContext context, Task<Reply> work, Receipt receipt, bool privately, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        var answer = SafeAsync(work);
        if (await intake.WithinAsync(answer, receipt, options.Value.AckDeadline, cancellationToken).ConfigureAwait(false) is { } inTime)
        {
            await delivery.RespondAsync(context, inTime, responder, cancellationToken).ConfigureAwait(false);
            return;
        }

        await responder.RespondAsync(ReplyDelivery.Deferral(privately), [], cancellationToken).ConfigureAwait(false);
        LogDeferred(logger, context.Id, privately);
        await delivery.CompleteDeferredAsync(context, await answer.ConfigureAwait(false), privately, cancellationToken).ConfigureAwait(false);
    }

    // The invocation is built before the work starts, so the deferral can show as the reply will; a payload that cannot
    // be read still gets the usual private apology from the work.
    private static (Func<CancellationToken, Task<Reply>>? Work, bool Privately) Prepare(Func<(Func<CancellationToken, Task<Reply>> Work, bool Privately)> prepare)
    {
        try
        {
            return prepare();
        }
#pragma warning disable CA1031 // Reported through the work, which SafeAsync turns into an answer.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return (_ => Task.FromException<Reply>(ex), true);
        }
    }

    private (Func<CancellationToken, Task<Reply>> Work, bool Privately) Command(InteractionContext context, JsonElement data)
    {
        var (path, list) = InteractionParser.CommandPath(data);
        var invocation = new CommandInvocation(path, InteractionParser.Options(data, list), context.Invoker, context.Channel, context.Workspace);
        return (token => router.RouteAsync(invocation, token), router.ExpectedVisibility(invocation) == ReplyVisibility.Private);
    }

    private (Func<CancellationToken, Task<Reply>> Work, bool Privately) Component(InteractionContext context, JsonElement data, Dictionary<string, string> values)
    {
        var action = CustomIds.Unwrap(InteractionParser.Text(data, "custom_id"));
        if (action is null)
        {
            return (_ => Task.FromResult(Reply.Error("This button comes from an older StudyBot. Run the command again for a fresh one.")), true);
        }

        var invocation = new ComponentInvocation(action, context.Invoker, context.Channel, context.Workspace, values);
        return (token => router.RouteComponentAsync(invocation, token), router.ExpectedVisibility(invocation) == ReplyVisibility.Private);
    }

    private async Task SuggestAsync(InteractionContext context, JsonElement data, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> suggestions = [];
        if (InteractionParser.Focused(data) is { } focused
            && router.Catalog.Find(focused.Path)?.Definition.FindOption(focused.Option) is { Autocomplete: not AutocompleteSource.None } option)
        {
            // Role names depend on the group: the one typed so far in the group option, else this channel's.
            var (_, list) = InteractionParser.CommandPath(data);
            var group = InteractionParser.Options(data, list).GetValueOrDefault("group") as string;
            await using var scope = scopes.CreateAsyncScope();
            suggestions = await scope.ServiceProvider.GetRequiredService<Autocomplete>()
                .SuggestAsync(option.Autocomplete, focused.Typed, context.Workspace, cancellationToken, context.Channel, group).ConfigureAwait(false);
        }

        var choices = suggestions.Take(25).Select(s => (JsonNode?)new JsonObject { ["name"] = DiscordText.Truncate(s, 100), ["value"] = DiscordText.Truncate(s, 100) });
        var callback = new JsonObject { ["type"] = 8, ["data"] = new JsonObject { ["choices"] = new JsonArray(choices.ToArray()) } };
        await responder.RespondAsync(callback, [], cancellationToken).ConfigureAwait(false);
    }

    private async Task<Reply> SafeAsync(Task<Reply> work)
    {
        try
        {
            return await work.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The user must still get an answer; the router already logged handler crashes.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogWorkFailed(logger, ex);
            return Reply.Error("Something went wrong on StudyBot's side; nothing was changed. Please try again.");
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Interaction {Id} already handled; ignoring the repeat")]
    private static partial void LogDuplicate(ILogger logger, string id);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Interaction {Id} deferred (private: {Privately}): the handler needs more than the ack deadline")]
    private static partial void LogDeferred(ILogger logger, string id, bool privately);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering interaction {Id} failed")]
    private static partial void LogResponseFailed(ILogger logger, Exception exception, string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Interaction handling failed")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception);
}
