using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>
/// One client connection to the fake gateway, driven by the test: it sends payloads and reads what the
/// bot sent. Heartbeats are answered with op 11 automatically unless <see cref="AckHeartbeats"/> is off.
/// </summary>
public sealed class FakeGatewayConnection
{
    private readonly WebSocket _socket;
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<JsonElement> _heartbeats = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FakeGatewayConnection(WebSocket socket, bool ackHeartbeats)
    {
        _socket = socket;
        AckHeartbeats = ackHeartbeats;
    }

    public bool AckHeartbeats { get; set; }

    /// <summary>Completes with the client's close code (null when the connection just dropped).</summary>
    public Task<int?> Closed => _closed.Task;

    public async Task SendAsync(JsonObject payload, CancellationToken cancellationToken = default)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task SendHelloAsync(int heartbeatMs = 41250) =>
        SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = heartbeatMs } });

    public Task DispatchAsync(string type, int sequence, JsonNode data) =>
        SendAsync(new JsonObject { ["op"] = 0, ["s"] = sequence, ["t"] = type, ["d"] = data });

    public Task SendReadyAsync(string sessionId, string resumeUrl, int sequence = 1) =>
        DispatchAsync("READY", sequence, new JsonObject { ["v"] = 10, ["session_id"] = sessionId, ["resume_gateway_url"] = resumeUrl, ["user"] = new JsonObject { ["id"] = "900", ["username"] = "StudyBot" } });

    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, "scripted", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next payload the bot sent, other than a heartbeat.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? timeout = null) =>
        await _received.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? TimeSpan.FromSeconds(10));

    public async Task<JsonElement> ReceiveOpAsync(int op, TimeSpan? timeout = null)
    {
        var payload = await ReceiveAsync(timeout);
        return payload.GetProperty("op").GetInt32() == op
            ? payload
            : throw new InvalidOperationException($"Expected op {op} from the bot, got {payload}");
    }

    public async Task<JsonElement> ReceiveHeartbeatAsync(TimeSpan? timeout = null) =>
        await _heartbeats.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? TimeSpan.FromSeconds(10));

    internal async Task PumpAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        _closed.TrySetResult(result.CloseStatus is { } s ? (int)s : null);
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var payload = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                if (payload.GetProperty("op").GetInt32() == 1)
                {
                    await _heartbeats.Writer.WriteAsync(payload, cancellationToken);
                    if (AckHeartbeats)
                    {
                        await SendAsync(new JsonObject { ["op"] = 11 }, cancellationToken);
                    }
                }
                else
                {
                    await _received.Writer.WriteAsync(payload, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            _closed.TrySetResult(null);
        }
    }
}
