namespace StudyBot.Discord.Rest;

/// <summary>What one bucket has left until when. Unknown buckets let requests through until the headers tell.</summary>
internal sealed class BucketState
{
    private readonly Lock _gate = new();
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    public TimeSpan TryTake(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_remaining <= 0 && now < _resetAt)
            {
                return _resetAt - now;
            }

            if (now >= _resetAt && _remaining <= 0)
            {
                // The window has reset; the next response's headers give the real count.
                _remaining = int.MaxValue;
            }

            _remaining--;
            return TimeSpan.Zero;
        }
    }

    public void Update(int remaining, DateTimeOffset resetAt)
    {
        lock (_gate)
        {
            _remaining = remaining;
            _resetAt = resetAt;
        }
    }
}
