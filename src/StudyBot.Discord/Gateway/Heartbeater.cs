using System.Text.Json.Nodes;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// Sends heartbeats: the first after <c>interval * jitter</c>, then every interval. A heartbeat whose
/// predecessor was never ACKed means a zombie connection: it is closed so the shard can Resume.
/// </summary>
internal sealed class Heartbeater(GatewayConnection connection, GatewaySession session, TimeProvider time, Func<double> jitter)
{
    private int _awaitingAck;

    public bool IsZombie { get; private set; }

    public void Acknowledged() => Interlocked.Exchange(ref _awaitingAck, 0);

    /// <summary>Runs until cancelled or until the connection turns out to be a zombie.</summary>
    public async Task RunAsync(TimeSpan interval, CancellationTokenSource connectionCancel)
    {
        var cancellationToken = connectionCancel.Token;
        await Task.Delay(interval * Math.Clamp(jitter(), 0, 1), time, cancellationToken).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (Interlocked.Exchange(ref _awaitingAck, 1) == 1)
            {
                IsZombie = true;
                await connection.CloseForResumeAsync("heartbeat not acknowledged", CancellationToken.None).ConfigureAwait(false);
                await connectionCancel.CancelAsync().ConfigureAwait(false);
                return;
            }

            await BeatAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends one heartbeat now (also when the server asks with op 1).</summary>
    public Task BeatAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(new JsonObject { ["op"] = GatewayOpcodes.Heartbeat, ["d"] = session.Sequence }, isHeartbeat: true, cancellationToken);
}
