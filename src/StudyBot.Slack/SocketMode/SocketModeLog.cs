using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace StudyBot.Slack.SocketMode;

/// <summary>Log lines of a Socket Mode connection. The connection URL carries a ticket and is never logged.</summary>
internal static partial class SocketModeLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode connection {Number}: disconnect notice ({Reason})")]
    public static partial void DisconnectNotice(ILogger logger, int number, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Socket Mode connection {Number} closed ({Status})")]
    public static partial void Closed(ILogger logger, int number, WebSocketCloseStatus? status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Socket Mode connection {Number} dropped: {Reason}")]
    public static partial void Dropped(ILogger logger, int number, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Socket Mode connection {Number} sent a message that is not JSON; ignored")]
    public static partial void Unreadable(ILogger logger, int number);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a Socket Mode {Type} envelope failed; acknowledged anyway")]
    public static partial void EnvelopeFailed(ILogger logger, Exception exception, string type);
}
