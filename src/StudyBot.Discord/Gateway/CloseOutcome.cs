namespace StudyBot.Discord.Gateway;

/// <summary>What a shard does after a connection ends.</summary>
internal enum CloseOutcome
{
    /// <summary>Reconnect and Resume the session.</summary>
    Resume,

    /// <summary>Reconnect with a fresh Identify.</summary>
    Reidentify,

    /// <summary>A configuration error: stop this shard, never loop.</summary>
    Fatal,

    /// <summary>The host is stopping.</summary>
    Stopped,
}
