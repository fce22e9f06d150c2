namespace StudyBot.Slack.SocketMode;

/// <summary>Exponential reconnect delays with jitter, so many instances do not reconnect in lockstep.</summary>
internal static class Backoff
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    /// <summary>The wait after the <paramref name="failures"/>-th failure in a row: 1 s, 2 s, 4 s ... up to a minute, plus up to 20 %.</summary>
    public static TimeSpan Delay(int failures)
    {
        var seconds = Math.Min(Max.TotalSeconds, Math.Pow(2, Math.Max(0, failures - 1)));
#pragma warning disable CA5394 // Jitter, not security.
        return TimeSpan.FromSeconds(seconds * (1 + (Random.Shared.NextDouble() * 0.2)));
#pragma warning restore CA5394
    }
}
