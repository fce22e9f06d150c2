using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StudyBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: whole-message reads, serialized writes, and Discord's send limit of
/// 120 payloads a minute (a few kept back for heartbeats, which must never wait).
/// </summary>
internal sealed class GatewayConnection(WebSocket socket, TimeProvider time) : IDisposable
{
    private const int MaxPayloadBytes = 4096;
    private const int SendsPerMinute = 120;
    private const int ReservedForHeartbeats = 10;
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Queue<DateTimeOffset> _sent = new();

    public WebSocketState State => socket.State;

    public async Task SendAsync(JsonObject payload, bool isHeartbeat, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        if (bytes.Length > MaxPayloadBytes)
        {
            throw new InvalidOperationException("Gateway payloads are limited to 4096 bytes.");
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WaitForSendSlotAsync(isHeartbeat, cancellationToken).ConfigureAwait(false);
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            _sent.Enqueue(time.GetUtcNow());
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next payload, or null when the server closed the connection.</summary>
    public async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var result = await socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.WrittenMemory);
            }
        }
    }

    /// <summary>The code the server closed with, if it sent one.</summary>
    public int? CloseCode => socket.CloseStatus is { } status ? (int)status : null;

    /// <summary>
    /// Closes with a code other than 1000/1001, which would invalidate the session: StudyBot closes
    /// only to reconnect and Resume.
    /// </summary>
    public async Task CloseForResumeAsync(string reason, CancellationToken cancellationToken)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)4000, reason, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
            // The connection is already gone, which is what closing wanted.
        }
    }

    public void Dispose()
    {
        _sendLock.Dispose();
        socket.Dispose();
    }

    private async Task WaitForSendSlotAsync(bool isHeartbeat, CancellationToken cancellationToken)
    {
        var limit = isHeartbeat ? SendsPerMinute : SendsPerMinute - ReservedForHeartbeats;
        while (true)
        {
            var now = time.GetUtcNow();
            while (_sent.Count > 0 && now - _sent.Peek() >= Minute)
            {
                _sent.Dequeue();
            }

            if (_sent.Count < limit)
            {
                return;
            }

            await Task.Delay(_sent.Peek() + Minute - now, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
