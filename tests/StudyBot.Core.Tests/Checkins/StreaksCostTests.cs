using System.Collections;
using NodaTime;
using StudyBot.Core.Checkins;

namespace StudyBot.Core.Tests.Checkins;

/// <summary>
/// Streaks are worked out on every check-in and for every digest line, so a long history has to stay cheap:
/// each input is read a bounded number of times per period, never again for each period.
/// </summary>
public sealed class StreaksCostTests
{
    private static readonly LocalDate Since = new(2026, 1, 1);

    [Theory]
    [InlineData(365)]
    [InlineData(3650)]
    public void EachInput_IsReadAtMostOncePerPeriod(int days)
    {
        var scheduled = new CountingComparer<IsoDayOfWeek>();
        var away = new CountingComparer<LocalDate>();
        var checkedIn = new CountingCollection<LocalDate>(Enumerable.Range(0, days).Where(d => d % 11 != 0).Select(Since.PlusDays).ToList());
        var history = new StreakHistory(
            new HashSet<IsoDayOfWeek>(StreaksTests.Daily, scheduled),
            Since,
            checkedIn,
            new HashSet<LocalDate>([Since.PlusDays(100)], away),
            1);
        scheduled.Calls = 0;
        away.Calls = 0;

        Streaks.Compute(history, Since.PlusDays(days - 1));

        Assert.Equal(1, checkedIn.Enumerations);
        Assert.InRange(away.Calls, 1, days);
        Assert.InRange(scheduled.Calls, 1, (7 * 7) + 1);
    }

    // A set's lookups each hash the item once, so counting hashes counts lookups.
    private sealed class CountingComparer<T> : IEqualityComparer<T>
    {
        public int Calls { get; set; }

        public bool Equals(T? x, T? y) => EqualityComparer<T>.Default.Equals(x, y);

        public int GetHashCode(T obj)
        {
            Calls++;
            return EqualityComparer<T>.Default.GetHashCode(obj!);
        }
    }

    private sealed class CountingCollection<T>(IReadOnlyCollection<T> items) : IReadOnlyCollection<T>
    {
        public int Enumerations { get; private set; }

        public int Count => items.Count;

        public IEnumerator<T> GetEnumerator()
        {
            Enumerations++;
            return items.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
