namespace StudyBot.Slack.SocketMode;

/// <summary>Why a Socket Mode connection ended or is about to.</summary>
internal enum DisconnectReason
{
    /// <summary>The socket closed or failed without a disconnect message.</summary>
    Dropped,

    /// <summary>Slack will close it in about ten seconds.</summary>
    Warning,

    /// <summary>Slack asks for a fresh connection.</summary>
    RefreshRequested,

    /// <summary>Socket Mode was turned off for the app: do not reconnect.</summary>
    LinkDisabled,
}
