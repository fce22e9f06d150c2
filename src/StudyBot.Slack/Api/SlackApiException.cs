namespace StudyBot.Slack.Api;

/// <summary>A Web API call failed; says whether a retry could help and whether Slack may have acted anyway.</summary>
public sealed class SlackApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SlackApiException(string method, string error, bool isPermanent, TimeSpan? retryAfter = null, bool mayHaveSucceeded = false, Exception? inner = null)
        : base($"Slack {method} failed: {error}", inner)
    {
        Method = method;
        Error = error;
        IsPermanent = isPermanent;
        RetryAfter = retryAfter;
        MayHaveSucceeded = mayHaveSucceeded;
    }

    /// <summary>Creates a transient failure.</summary>
    public SlackApiException()
        : this("unknown", "unknown_error", isPermanent: false)
    {
    }

    /// <summary>Creates a transient failure with a message.</summary>
    public SlackApiException(string message)
        : this("unknown", message, isPermanent: false)
    {
    }

    /// <summary>Creates a transient failure with a message and cause.</summary>
    public SlackApiException(string message, Exception innerException)
        : this("unknown", message, isPermanent: false, inner: innerException)
    {
    }

    /// <summary>The method called.</summary>
    public string Method { get; }

    /// <summary>Slack's error code (<c>channel_not_found</c>) or an HTTP description.</summary>
    public string Error { get; }

    /// <summary>True when retrying cannot help (bad channel, missing scope, revoked token).</summary>
    public bool IsPermanent { get; }

    /// <summary>How long Slack asked us to wait.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The request may have reached Slack and taken effect although no answer came back.</summary>
    public bool MayHaveSucceeded { get; }
}
