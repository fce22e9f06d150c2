using NodaTime;

namespace StudyBot.Commands.Support;

/// <summary>Reads "now" from the injected <see cref="TimeProvider"/>, so tests and the simulated clock control it.</summary>
public static class Clock
{
    /// <summary>The current instant.</summary>
    public static Instant Now(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Instant.FromDateTimeOffset(time.GetUtcNow());
    }
}
