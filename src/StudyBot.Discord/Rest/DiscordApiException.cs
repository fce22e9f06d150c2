using System.Net;

namespace StudyBot.Discord.Rest;

/// <summary>Discord answered with an error, or the adapter refused to send to protect the bot.</summary>
public sealed class DiscordApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DiscordApiException(string message, HttpStatusCode? status, int? errorCode = null, bool isTransient = false, TimeSpan? retryAfter = null)
        : base(message)
    {
        Status = status;
        ErrorCode = errorCode;
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    /// <summary>Creates the exception.</summary>
    public DiscordApiException()
        : this("Discord request failed.", status: null)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DiscordApiException(string message)
        : this(message, status: null)
    {
    }

    /// <summary>Creates the exception.</summary>
    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        IsTransient = true;
    }

    /// <summary>The HTTP status, when Discord answered.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>Discord's JSON error code (e.g. 10003 Unknown Channel, 50001 Missing Access).</summary>
    public int? ErrorCode { get; }

    /// <summary>True when a later retry may succeed (5xx, network, rate limits).</summary>
    public bool IsTransient { get; }

    /// <summary>How long to wait before retrying, when known.</summary>
    public TimeSpan? RetryAfter { get; }
}
