using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Interactions;

/// <summary>Delivers a handler's reply to an interaction: as the first response, or after a deferral.</summary>
internal sealed class ReplyDelivery(DiscordApi api)
{
    private const int ChannelMessage = 4;
    private const int ModalSubmit = 5;

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
            // An inline HTTP answer is JSON only: defer there, then upload with the edit.
            await responder.RespondAsync(new JsonObject { ["type"] = 5 }, [], cancellationToken).ConfigureAwait(false);
            await CompleteDeferredAsync(context, reply, cancellationToken).ConfigureAwait(false);
            return;
        }

        var callback = new JsonObject { ["type"] = ChannelMessage, ["data"] = rendered.Body };
        await responder.RespondAsync(callback, rendered.Files, cancellationToken).ConfigureAwait(false);
    }

    public async Task CompleteDeferredAsync(InteractionContext context, Reply reply, CancellationToken cancellationToken)
    {
        if (reply.Form is not null)
        {
            // A modal must be the first response, and the deferral already was.
            reply = Reply.Error("Opening the form took too long. Please try again; it is usually quicker the second time.");
        }

        var rendered = MessageRenderer.Render(reply, forInteraction: true);
        if (reply.Ephemeral)
        {
            // The deferral was public; a private answer goes in an ephemeral follow-up and the placeholder goes away.
            await api.CreateFollowupAsync(context.Token, rendered.Body, rendered.Files, cancellationToken).ConfigureAwait(false);
            await api.DeleteOriginalAsync(context.Token, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await api.EditOriginalAsync(context.Token, rendered.Body, rendered.Files, cancellationToken).ConfigureAwait(false);
        }
    }
}
