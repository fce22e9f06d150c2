using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// One shard's life: connect, Identify or Resume, heartbeat, dispatch, and reconnect as Discord's close
/// codes and opcodes say, stopping for good on configuration errors instead of looping.
/// </summary>
internal sealed partial class GatewayShard(int shardId, int shardCount, GatewayShardServices services)
{
    private readonly GatewaySession _session = new();
    private readonly ILogger _logger = services.Logger;
    private bool _established;

    public int ShardId => shardId;

    /// <summary>Connections opened so far (tests and diagnostics).</summary>
    public int Connections { get; private set; }

    /// <summary>Runs until cancelled or a fatal close code; returns that code, if any.</summary>
    public async Task<int?> RunAsync(Uri gatewayUrl, CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var url = _session.CanResume && _session.ResumeUrl is { } resume ? resume : gatewayUrl;
            (CloseOutcome Outcome, int? Code) result;
            try
            {
                _established = false;
                result = await RunConnectionAsync(url, cancellationToken).ConfigureAwait(false);
                failures = _established ? 0 : failures + 1;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or JsonException)
            {
                LogConnectionFailed(_logger, ex, shardId);
                result = (CloseOutcome.Resume, null);
                failures++;
            }

            switch (result.Outcome)
            {
                case CloseOutcome.Fatal:
                    var explanation = GatewayCloseCodes.Explain(result.Code);
                    LogFatal(_logger, shardId, explanation);
                    return result.Code;
                case CloseOutcome.Stopped:
                    return null;
                case CloseOutcome.Reidentify:
                    _session.Reset();
                    break;
            }

            LogReconnecting(_logger, shardId, _session.CanResume, result.Code);
            if (failures > 1)
            {
                // The first reconnect is immediate; repeated failures back off up to a minute.
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, Math.Pow(2, failures - 1))), services.Time, cancellationToken).ConfigureAwait(false);
            }
        }

        return null;
    }

    private async Task<(CloseOutcome, int?)> RunConnectionAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        using var connection = new GatewayConnection(socket, services.Time);
        await socket.ConnectAsync(WithQuery(url), cancellationToken).ConfigureAwait(false);
        Connections++;
        using var connectionCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeater = new Heartbeater(connection, _session, services.Time, services.Jitter);
        Task? heartbeat = null;
        try
        {
            while (true)
            {
                using var message = await connection.ReceiveAsync(connectionCancel.Token).ConfigureAwait(false);
                if (message is null)
                {
                    return (GatewayCloseCodes.Classify(connection.CloseCode), connection.CloseCode);
                }

                var root = message.RootElement;
                switch (root.GetProperty("op").GetInt32())
                {
                    case GatewayOpcodes.Hello:
                        var interval = TimeSpan.FromMilliseconds(root.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
                        heartbeat = heartbeater.RunAsync(interval, connectionCancel);
                        await IdentifyOrResumeAsync(connection, connectionCancel.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcodes.HeartbeatAck:
                        heartbeater.Acknowledged();
                        break;
                    case GatewayOpcodes.Heartbeat:
                        await heartbeater.BeatAsync(connectionCancel.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcodes.Dispatch:
                        await OnDispatchAsync(root, cancellationToken).ConfigureAwait(false);
                        break;
                    case GatewayOpcodes.Reconnect:
                        await connection.CloseForResumeAsync("reconnect requested", cancellationToken).ConfigureAwait(false);
                        return (CloseOutcome.Resume, null);
                    case GatewayOpcodes.InvalidSession:
                        var resumable = root.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
                        LogInvalidSession(_logger, shardId, resumable);
                        await connection.CloseForResumeAsync("invalid session", cancellationToken).ConfigureAwait(false);
                        return (resumable ? CloseOutcome.Resume : CloseOutcome.Reidentify, null);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && heartbeater.IsZombie)
        {
            LogZombie(_logger, shardId);
            return (CloseOutcome.Resume, null);
        }
        catch (WebSocketException) when (!cancellationToken.IsCancellationRequested)
        {
            return (CloseOutcome.Resume, null);
        }
        finally
        {
            await connectionCancel.CancelAsync().ConfigureAwait(false);
            if (heartbeat is not null)
            {
                await heartbeat.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    private async Task IdentifyOrResumeAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        var token = services.Token;
        if (_session.CanResume)
        {
            await connection.SendAsync(
                new JsonObject { ["op"] = GatewayOpcodes.Resume, ["d"] = new JsonObject { ["token"] = token, ["session_id"] = _session.SessionId, ["seq"] = _session.Sequence } },
                isHeartbeat: false,
                cancellationToken).ConfigureAwait(false);
            return;
        }

        var waited = await services.IdentifyGate.WaitAsync(shardId, cancellationToken).ConfigureAwait(false);
        if (waited > TimeSpan.Zero)
        {
            LogIdentifyWaited(_logger, shardId, waited.TotalSeconds);
        }

        var identify = new JsonObject
        {
            ["token"] = token,
            ["intents"] = GatewayIntents.StudyBot,
            ["properties"] = new JsonObject { ["os"] = Environment.OSVersion.Platform.ToString(), ["browser"] = "StudyBot", ["device"] = "StudyBot" },
            ["shard"] = new JsonArray(shardId, shardCount),
        };
        await connection.SendAsync(new JsonObject { ["op"] = GatewayOpcodes.Identify, ["d"] = identify }, isHeartbeat: false, cancellationToken).ConfigureAwait(false);
    }

    private async Task OnDispatchAsync(JsonElement root, CancellationToken cancellationToken)
    {
        var sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : (int?)null;
        if (sequence is { } seq && !_session.Advance(seq))
        {
            LogReplaySkipped(_logger, shardId, seq);
            return;
        }

        var type = root.GetProperty("t").GetString() ?? string.Empty;
        var data = root.GetProperty("d");
        if (type == "READY")
        {
            var resume = data.TryGetProperty("resume_gateway_url", out var r) && Uri.TryCreate(r.GetString(), UriKind.Absolute, out var u) ? u : null;
            _session.Start(data.GetProperty("session_id").GetString()!, resume);
            _established = true;
            LogReady(_logger, shardId);
        }
        else if (type == "RESUMED")
        {
            _established = true;
            LogResumed(_logger, shardId);
        }

        await services.Dispatcher.DispatchAsync(shardId, type, data.Clone(), cancellationToken).ConfigureAwait(false);
    }

    private static Uri WithQuery(Uri url) =>
        new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
