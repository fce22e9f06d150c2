namespace StudyBot.Discord.Gateway;

/// <summary>A shard's session: what Resume needs, kept across connections.</summary>
internal sealed class GatewaySession
{
    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    /// <summary>The last sequence number received, sent with heartbeats and Resume.</summary>
    public int? Sequence { get; private set; }

    public bool CanResume => SessionId is not null && Sequence is not null;

    public void Start(string sessionId, Uri? resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    /// <summary>Accepts a sequence number; false when the event was already seen (a replay).</summary>
    public bool Advance(int sequence)
    {
        if (Sequence is { } last && sequence <= last)
        {
            return false;
        }

        Sequence = sequence;
        return true;
    }

    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
