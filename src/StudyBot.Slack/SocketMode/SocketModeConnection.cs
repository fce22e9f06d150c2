using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StudyBot.Slack.Api;

namespace StudyBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: reads messages, hands envelopes to the dispatcher concurrently and acknowledges each on
/// this socket, and reports <c>hello</c> and <c>disconnect</c>. It keeps reading (and acknowledging) after a
/// disconnect notice until Slack closes it, so nothing sent before the close is lost.
/// </summary>
internal sealed class SocketModeConnection : IAsyncDisposable
{
    private const int MaxMessage = 8 << 20;
    private readonly ClientWebSocket _socket;
    private readonly Func<SocketEnvelope, CancellationToken, Task<JsonObject?>> _dispatch;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<DisconnectReason> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<Task, byte> _envelopes = new();
    private Task _receiving = Task.CompletedTask;

    private SocketModeConnection(ClientWebSocket socket, Func<SocketEnvelope, CancellationToken, Task<JsonObject?>> dispatch, ILogger logger, int number)
    {
        _socket = socket;
        _dispatch = dispatch;
        _logger = logger;
        Number = number;
    }

    /// <summary>A number for log lines (the URL carries a ticket and is not logged).</summary>
    public int Number { get; }

    /// <summary>Completes when Slack says hello.</summary>
    public Task Hello => _hello.Task;

    /// <summary>Completes with the first disconnect notice, or <see cref="DisconnectReason.Dropped"/> when the socket ends.</summary>
    public Task<DisconnectReason> Disconnected => _disconnect.Task;

    /// <summary>Completes when the socket is closed and every envelope read from it is acknowledged.</summary>
    public Task Completion => _receiving;

    /// <summary>Connects and starts reading.</summary>
    public static async Task<SocketModeConnection> OpenAsync(Uri url, int number, TimeSpan keepAlive, TimeSpan keepAliveTimeout, Func<SocketEnvelope, CancellationToken, Task<JsonObject?>> dispatch, ILogger logger, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = keepAlive;
        socket.Options.KeepAliveTimeout = keepAliveTimeout;
        try
        {
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new SocketModeConnection(socket, dispatch, logger, number);
        connection._receiving = connection.ReceiveLoopAsync();
        return connection;
    }

    /// <summary>Starts a graceful close (or answers Slack's); reading continues until the handshake completes.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            // Answers still in flight on this socket get their chance first: a closed socket cannot carry acks.
            await Task.WhenAny(Task.WhenAll(_envelopes.Keys)).WaitAsync(cancellationToken).ConfigureAwait(false);
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                _socket.Abort();
            }
            finally
            {
                _sendLock.Release();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _socket.Abort();
        await Task.WhenAny(_receiving).ConfigureAwait(false);
        _socket.Dispose();
        _sendLock.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    SocketModeLog.Closed(_logger, Number, result.CloseStatus);
                    await CloseAsync(_stop.Token).ConfigureAwait(false);

                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (message.Length > MaxMessage)
                {
                    throw new WebSocketException("Socket Mode message too large.");
                }

                if (result.EndOfMessage)
                {
                    Handle(message.GetBuffer().AsMemory(0, (int)message.Length));
                    message.SetLength(0);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            SocketModeLog.Dropped(_logger, Number, ex.Message);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _disconnect.TrySetResult(DisconnectReason.Dropped);
            _hello.TrySetException(new WebSocketException("Socket Mode connection ended before hello."));
            await Task.WhenAny(Task.WhenAll(_envelopes.Keys)).ConfigureAwait(false);
        }
    }

    private void Handle(ReadOnlyMemory<byte> text)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            SocketModeLog.Unreadable(_logger, Number);
            return;
        }

        var type = SlackWebApi.Text(root, "type");
        if (SocketEnvelope.From(root) is { } envelope)
        {
            var task = AnswerAsync(envelope);
            _envelopes.TryAdd(task, 0);
            task.ContinueWith(t => _envelopes.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return;
        }

        switch (type)
        {
            case "hello":
                _hello.TrySetResult();
                break;
            case "disconnect":
                var reason = SlackWebApi.Text(root, "reason");
                SocketModeLog.DisconnectNotice(_logger, Number, reason ?? "unknown");
                _disconnect.TrySetResult(reason switch
                {
                    "link_disabled" => DisconnectReason.LinkDisabled,
                    "warning" => DisconnectReason.Warning,
                    _ => DisconnectReason.RefreshRequested,
                });
                break;
        }
    }

    private async Task AnswerAsync(SocketEnvelope envelope)
    {
        JsonObject? payload = null;
        try
        {
            payload = await _dispatch(envelope, _stop.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever went wrong, the envelope is still acknowledged so Slack does not show the user a timeout.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            SocketModeLog.EnvelopeFailed(_logger, ex, envelope.Type);
        }

        var ack = new JsonObject { ["envelope_id"] = envelope.EnvelopeId };
        if (payload is not null)
        {
            ack["payload"] = payload;
        }

        await SendAsync(ack.ToJsonString()).ConfigureAwait(false);
    }

    private async Task SendAsync(string text)
    {
        await _sendLock.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (WebSocketException ex)
        {
            SocketModeLog.Dropped(_logger, Number, ex.Message);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
