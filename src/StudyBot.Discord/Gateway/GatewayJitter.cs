namespace StudyBot.Discord.Gateway;

/// <summary>
/// The random fraction of the heartbeat interval before the first heartbeat, so shards reconnecting
/// together do not beat in lockstep. Replaceable so tests are deterministic.
/// </summary>
internal sealed class GatewayJitter(Func<double>? source = null)
{
#pragma warning disable CA5394 // Spreading heartbeats needs no cryptographic randomness.
    public double Next() => source?.Invoke() ?? Random.Shared.NextDouble();
#pragma warning restore CA5394
}
