namespace StudyBot.Discord.Gateway;

/// <summary>Sees every dispatch event a shard receives (metrics, benchmarks); must return quickly.</summary>
internal interface IGatewayEventObserver
{
    void OnDispatch(int shardId, string eventType);
}
