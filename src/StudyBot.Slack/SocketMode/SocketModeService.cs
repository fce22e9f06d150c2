using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Slack.Api;
using StudyBot.Slack.Configuration;

namespace StudyBot.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection open. On a <c>warning</c> or <c>refresh_requested</c> notice the next
/// connection is opened (and has said hello) before the old one is let go, and the old one keeps acknowledging
/// until Slack closes it, so no envelope is lost. Failures back off; <c>link_disabled</c> stops for good.
/// </summary>
internal sealed partial class SocketModeService(
    SlackWebApi api,
    SocketModeDispatcher dispatcher,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeService> logger) : BackgroundService
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);
    private readonly SlackOptions _options = options.Value;
    private readonly List<SocketModeConnection> _retiring = [];
    private int _opened;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        SocketModeConnection? current = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                SocketModeConnection next;
                try
                {
                    next = await ConnectAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (SlackApiException ex) when (ex.IsPermanent)
                {
                    LogCannotConnect(logger, ex.Error);
                    return;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    failures++;
                    var wait = Backoff.Delay(failures);
                    LogConnectFailed(logger, ex.Message, wait.TotalSeconds);
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                failures = 0;
                if (current is not null)
                {
                    Retire(current, stoppingToken);
                }

                current = next;
                var reason = await current.Disconnected.WaitAsync(stoppingToken).ConfigureAwait(false);
                if (reason == DisconnectReason.LinkDisabled)
                {
                    LogLinkDisabled(logger);
                    return;
                }

                if (reason == DisconnectReason.Dropped)
                {
                    // Nothing to overlap with; back off a little so a flapping link does not spin.
                    await current.DisposeAsync().ConfigureAwait(false);
                    current = null;
                    failures++;
                    await Task.Delay(Backoff.Delay(failures), time, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping.
        }
        finally
        {
            if (current is not null)
            {
                await current.DisposeAsync().ConfigureAwait(false);
            }

            foreach (var old in _retiring)
            {
                await old.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<SocketModeConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var url = await api.OpenSocketConnectionAsync(cancellationToken).ConfigureAwait(false);
        var number = Interlocked.Increment(ref _opened);
        var connection = await SocketModeConnection.OpenAsync(url, number, _options.KeepAliveInterval, _options.KeepAliveTimeout, dispatcher.DispatchAsync, logger, cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.Hello.WaitAsync(HelloTimeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        LogConnected(logger, number);
        return connection;
    }

    // The old connection stays readable: Slack may still deliver on it until it closes the socket. After the grace
    // period we close it ourselves, once its pending acknowledgements are sent.
    private void Retire(SocketModeConnection old, CancellationToken stoppingToken)
    {
        _retiring.RemoveAll(c => c.Completion.IsCompleted);
        _retiring.Add(old);
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await old.Completion.WaitAsync(_options.RefreshGracePeriod, time, stoppingToken).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    await old.CloseAsync(stoppingToken).ConfigureAwait(false);
                }
            },
            stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode connection {Number} ready")]
    private static partial void LogConnected(ILogger logger, int number);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode connection failed ({Reason}); retrying in {Seconds:0.#} s")]
    private static partial void LogConnectFailed(ILogger logger, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Slack Socket Mode cannot connect: apps.connections.open said {Error}. Check Slack:AppToken (xapp-..., scope connections:write) and that Socket Mode is on for the app. Not retrying.")]
    private static partial void LogCannotConnect(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Slack turned Socket Mode off for this app (disconnect: link_disabled). StudyBot stops listening to Slack; turn Socket Mode back on in the app settings, or use HTTP mode, and restart.")]
    private static partial void LogLinkDisabled(ILogger logger);
}
