namespace StudyBot.Discord.Polls;

/// <summary>
/// Which StudyBot poll a Discord message's native poll belongs to, so vote events find their way back.
/// The in-memory implementation forgets on restart; a persistent one can replace it in DI.
/// </summary>
public interface IPollMessageMap
{
    /// <summary>Records that the message carries the poll.</summary>
    Task RememberAsync(string messageId, long pollId, CancellationToken cancellationToken);

    /// <summary>The poll a message carries, or null when unknown.</summary>
    Task<long?> FindPollAsync(string messageId, CancellationToken cancellationToken);
}
