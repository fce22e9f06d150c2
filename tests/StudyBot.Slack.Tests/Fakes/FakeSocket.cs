using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace StudyBot.Slack.Tests.Fakes;

/// <summary>The server side of one Socket Mode connection: the test sends envelopes and reads acknowledgements.</summary>
public sealed class FakeSocket(WebSocket socket, int number) : IDisposable
{
    private readonly Channel<JsonObject> _received = Channel.CreateUnbounded<JsonObject>();
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Number { get; } = number;

    /// <summary>Completes when the client has closed or dropped the connection.</summary>
    public Task Closed => _closed.Task;

    public async Task SendAsync(JsonObject message)
    {
        await _send.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    public Task HelloAsync() => SendAsync(new JsonObject { ["type"] = "hello", ["num_connections"] = 1, ["connection_info"] = new JsonObject { ["app_id"] = "A1" } });

    public Task DisconnectAsync(string reason) => SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason });

    /// <summary>The next message the client sent (an acknowledgement).</summary>
    public async Task<JsonObject> NextAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(guard.Token);
    }

    /// <summary>True when the client sent something not yet read.</summary>
    public bool HasPending => _received.Reader.TryPeek(out _);

    /// <summary>Server-initiated close, as Slack does after a refresh; waits for the client's reply.</summary>
    public async Task CloseAsync()
    {
        await _send.WaitAsync();
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "refresh", CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }

        await Closed.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose() => _send.Dispose();

    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    _received.Writer.TryWrite((JsonObject)JsonNode.Parse(message.ToArray())!);
                    message.SetLength(0);
                }
            }
        }
        catch (WebSocketException)
        {
            // Client dropped.
        }
        finally
        {
            _closed.TrySetResult();
        }
    }
}
