using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Interactions;

/// <summary>Hands the first response to the waiting HTTP request, which writes it as its body.</summary>
internal sealed class HttpInteractionResponder : IInteractionResponder
{
    private readonly TaskCompletionSource<JsonObject> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool CanAttachFiles => false;

    /// <summary>Completes with the callback body once the processor has chosen it.</summary>
    public Task<JsonObject> Response => _response.Task;

    public Task<string?> RespondAsync(JsonObject callback, IReadOnlyList<ReplyAttachment> files, CancellationToken cancellationToken)
    {
        _response.TrySetResult(callback);
        return Task.FromResult<string?>(null);
    }

    /// <summary>The processor failed before answering; the request must still end.</summary>
    public void Fail(Exception exception) => _response.TrySetException(exception);
}
