using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Gateway;

/// <summary>What every shard shares: clock, jitter, Identify pacing, the dispatcher, the token.</summary>
internal sealed record GatewayShardServices(TimeProvider Time, Func<double> Jitter, IdentifyGate IdentifyGate, GatewayDispatcher Dispatcher, string Token, ILogger Logger);
