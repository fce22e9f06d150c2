using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Gateway;

/// <summary>The shard's log lines, kept apart so the connection logic reads straight through.</summary>
internal sealed partial class GatewayShard
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {Shard} ready")]
    private static partial void LogReady(ILogger logger, int shard);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {Shard} resumed")]
    private static partial void LogResumed(ILogger logger, int shard);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {Shard} reconnecting (resume: {Resume}, close code: {Code})")]
    private static partial void LogReconnecting(ILogger logger, int shard, bool resume, int? code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord shard {Shard}: heartbeat not acknowledged, closing the zombie connection to resume")]
    private static partial void LogZombie(ILogger logger, int shard);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {Shard}: invalid session (resumable: {Resumable})")]
    private static partial void LogInvalidSession(ILogger logger, int shard, bool resumable);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord shard {Shard} stopped for good: {Explanation}")]
    private static partial void LogFatal(ILogger logger, int shard, string explanation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord shard {Shard}: connection failed")]
    private static partial void LogConnectionFailed(ILogger logger, Exception exception, int shard);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord shard {Shard}: skipped replayed event {Sequence}")]
    private static partial void LogReplaySkipped(ILogger logger, int shard, int sequence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord shard {Shard} waited {Seconds:0.#} s for its Identify slot")]
    private static partial void LogIdentifyWaited(ILogger logger, int shard, double seconds);
}
