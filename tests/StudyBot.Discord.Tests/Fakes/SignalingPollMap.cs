using StudyBot.Discord.Polls;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>The in-memory map, plus a signal when a message-to-poll link is stored.</summary>
public sealed class SignalingPollMap : IPollMessageMap
{
    private readonly InMemoryPollMessageMap _inner = new();
    private readonly TaskCompletionSource<string> _remembered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the first message id remembered.</summary>
    public Task<string> Remembered => _remembered.Task;

    public async Task RememberAsync(string messageId, long pollId, CancellationToken cancellationToken)
    {
        await _inner.RememberAsync(messageId, pollId, cancellationToken);
        _remembered.TrySetResult(messageId);
    }

    public Task<long?> FindPollAsync(string messageId, CancellationToken cancellationToken) => _inner.FindPollAsync(messageId, cancellationToken);
}
