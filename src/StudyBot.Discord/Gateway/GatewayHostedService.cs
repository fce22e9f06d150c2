using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Configuration;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// Asks Discord where and how to connect (<c>GET /gateway/bot</c>) and runs this instance's shards,
/// ids <c>FirstShard..LastShard</c> of <c>ShardCount</c>.
/// </summary>
internal sealed partial class GatewayHostedService(
    DiscordApi api,
    GatewayDispatcher dispatcher,
    IdentifyGate identifyGate,
    GatewayJitter jitter,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<GatewayHostedService> logger) : BackgroundService
{
    private readonly TaskCompletionSource<IReadOnlyList<GatewayShard>> _shards = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The shards once started (tests and diagnostics).</summary>
    public Task<IReadOnlyList<GatewayShard>> Shards => _shards.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Gateway)
        {
            return;
        }

        JsonElement info;
        try
        {
            info = await api.GetGatewayBotAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (DiscordApiException ex)
        {
            LogGatewayInfoFailed(logger, ex);
            _shards.TrySetException(ex);
            return;
        }

        var url = settings.GatewayUrl ?? new Uri(info.GetProperty("url").GetString()!);
        var count = settings.ShardCount ?? (info.TryGetProperty("shards", out var s) ? s.GetInt32() : 1);
        var limit = info.GetProperty("session_start_limit");
        identifyGate.Configure(
            limit.GetProperty("max_concurrency").GetInt32(),
            limit.GetProperty("remaining").GetInt32(),
            TimeSpan.FromMilliseconds(limit.GetProperty("reset_after").GetDouble()));

        var last = settings.LastShard ?? count - 1;
        var services = new GatewayShardServices(time, jitter.Next, identifyGate, dispatcher, settings.Token!, logger);
        var shards = Enumerable.Range(settings.FirstShard, last - settings.FirstShard + 1).Select(id => new GatewayShard(id, count, services)).ToList();
        LogStarting(logger, shards.Count, settings.FirstShard, last, count);
        _shards.TrySetResult(shards);
        await Task.WhenAll(shards.Select(shard => shard.RunAsync(url, stoppingToken))).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting {Count} Discord shard(s): ids {First}..{Last} of {Total}")]
    private static partial void LogStarting(ILogger logger, int count, int first, int last, int total);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Could not get the Discord gateway address; the gateway does not start (check Discord:Token)")]
    private static partial void LogGatewayInfoFailed(ILogger logger, Exception exception);
}
