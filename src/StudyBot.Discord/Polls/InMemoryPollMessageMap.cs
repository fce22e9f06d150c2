using System.Collections.Concurrent;

namespace StudyBot.Discord.Polls;

/// <summary>Keeps the message-to-poll map in memory (lost on restart; see <see cref="IPollMessageMap"/>).</summary>
public sealed class InMemoryPollMessageMap : IPollMessageMap
{
    private readonly ConcurrentDictionary<string, long> _polls = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task RememberAsync(string messageId, long pollId, CancellationToken cancellationToken)
    {
        _polls[messageId] = pollId;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<long?> FindPollAsync(string messageId, CancellationToken cancellationToken) =>
        Task.FromResult(_polls.TryGetValue(messageId, out var poll) ? poll : (long?)null);
}
