using NodaTime;

namespace StudyBot.Core.Time;

/// <summary>Reads "now" from the injected <see cref="TimeProvider"/>, so tests and the simulated clock control it.</summary>
public static class TimeProviderExtensions
{
    /// <summary>The current instant.</summary>
    public static Instant Now(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Instant.FromDateTimeOffset(time.GetUtcNow());
    }
}
