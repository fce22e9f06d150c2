using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Interactions;

/// <summary>
/// Delivers a handler's reply to an interaction: as the first response, or after a deferral. Nothing private ever
/// goes into a message the channel can see: a deferral shows its "thinking" placeholder publicly or only to the
/// invoker, and when the reply turns out the other way the placeholder is resolved with a neutral line first, so
/// the reply itself goes into a separate follow-up with its own visibility.
/// </summary>
internal sealed class ReplyDelivery(DiscordApi api)
{
    /// <summary>What a public placeholder says once the answer went to the invoker alone.</summary>
    public const string AnsweredPrivately = "Answered privately.";

    /// <summary>What a private placeholder says once the answer went to the channel.</summary>
    public const string PostedPublicly = "Posted in the channel.";

    private const int ChannelMessage = 4;
    private const int DeferredChannelMessage = 5;
    private const int ModalSubmit = 5;

    /// <summary>A deferral (type 5) whose placeholder, and so the edit that completes it, only the invoker sees when <paramref name="privately"/>.</summary>
    public static JsonObject Deferral(bool privately) => privately
        ? new JsonObject { ["type"] = DeferredChannelMessage, ["data"] = new JsonObject { ["flags"] = MessageRenderer.EphemeralFlag } }
        : new JsonObject { ["type"] = DeferredChannelMessage };

    public async Task RespondAsync(InteractionContext context, Reply reply, IInteractionResponder responder, CancellationToken cancellationToken)
    {
        if (reply.Form is { } form)
        {
            // A modal cannot answer a modal submission; Discord allows it for commands and buttons only.
            if (context.Type != ModalSubmit && ModalRenderer.Render(form) is { } modal)
            {
                await responder.RespondAsync(modal, [], cancellationToken).ConfigureAwait(false);
                return;
            }

            reply = Reply.Error("This form cannot be opened from here. Run the command again.");
        }

        var rendered = MessageRenderer.Render(reply, forInteraction: true);
        if (rendered.Files.Count > 0 && !responder.CanAttachFiles)
        {
            // An inline HTTP answer is JSON only: defer there, as visibly as the reply, then upload with the edit.
            await responder.RespondAsync(Deferral(reply.Ephemeral), [], cancellationToken).ConfigureAwait(false);
            await CompleteDeferredAsync(context, reply, deferredPrivately: reply.Ephemeral, cancellationToken).ConfigureAwait(false);
            return;
        }

        var callback = new JsonObject { ["type"] = ChannelMessage, ["data"] = rendered.Body };
        await responder.RespondAsync(callback, rendered.Files, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes a deferral that was shown privately (<paramref name="deferredPrivately"/>) or publicly.</summary>
    public async Task CompleteDeferredAsync(InteractionContext context, Reply reply, bool deferredPrivately, CancellationToken cancellationToken)
    {
        if (reply.Form is not null)
        {
            // A modal must be the first response, and the deferral already was.
            reply = Reply.Error("Opening the form took too long. Please try again; it is usually quicker the second time.");
        }

        var rendered = MessageRenderer.Render(reply, forInteraction: true);
        if (reply.Ephemeral == deferredPrivately)
        {
            // The placeholder is already as visible as the reply; an edit cannot change that, so the flag is left out.
            rendered.Body.Remove("flags");
            await api.EditOriginalAsync(context.Token, rendered.Body, rendered.Files, cancellationToken).ConfigureAwait(false);
            return;
        }

        // While the deferral is unresolved, Discord turns the first follow-up into the placeholder itself, visibility and
        // all. Resolving it with a neutral line first makes the follow-up a message of its own.
        await api.EditOriginalAsync(context.Token, Neutral(reply.Ephemeral ? AnsweredPrivately : PostedPublicly), [], cancellationToken).ConfigureAwait(false);
        await api.CreateFollowupAsync(context.Token, rendered.Body, rendered.Files, cancellationToken).ConfigureAwait(false);
        if (reply.Ephemeral)
        {
            // The channel need not keep a line saying someone was answered elsewhere.
            await api.DeleteOriginalAsync(context.Token, cancellationToken).ConfigureAwait(false);
        }
    }

    private static JsonObject Neutral(string text) =>
        MessageRenderer.Render(Reply.Public(text), forInteraction: true).Body;
}
