using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>
/// How a meeting repeats, as a local rule: it says which local dates have a meeting, never which
/// instants, so a 19:00 meeting stays at 19:00 across daylight-saving changes. Create one with the
/// factories; <see cref="RepeatParser"/> turns user text into one with friendly errors.
/// Value equality holds: two rules that mean the same thing are equal.
/// </summary>
public sealed partial record Recurrence
{
    /// <summary>The largest <see cref="IntervalWeeks"/>: a year between meetings is already a stretch.</summary>
    public const int MaxIntervalWeeks = 52;

    /// <summary>The largest <see cref="IntervalMonths"/>: once a year.</summary>
    public const int MaxIntervalMonths = 12;

    // Weekdays as a bit mask (bit 0 = Monday), so the compiler-generated equality compares sets.
    private readonly int _dayMask;

    private Recurrence(RecurrenceKind kind, int dayMask, int intervalWeeks, int weekOfMonth, IsoDayOfWeek weekday, int dayOfMonth, int intervalMonths = 1)
    {
        Kind = kind;
        _dayMask = dayMask;
        IntervalWeeks = intervalWeeks;
        IntervalMonths = intervalMonths;
        WeekOfMonth = weekOfMonth;
        Weekday = weekday;
        DayOfMonth = dayOfMonth;
    }

    /// <summary>A one-off meeting.</summary>
    public static Recurrence Once { get; } = new(RecurrenceKind.Once, 0, 1, 0, IsoDayOfWeek.None, 0);

    /// <summary>Which shape of rule this is.</summary>
    public RecurrenceKind Kind { get; }

    /// <summary>For <see cref="RecurrenceKind.Weekly"/>: the meeting days, Monday first; empty otherwise.</summary>
    public IReadOnlyList<IsoDayOfWeek> Days => Weekdays.All.Where(d => Contains(_dayMask, d)).ToArray();

    /// <summary>For <see cref="RecurrenceKind.Weekly"/>: 1 for every week, 2 for every other week...; 1 otherwise.</summary>
    public int IntervalWeeks { get; }

    /// <summary>For monthly rules: 1 for every month, 2 for every other month...; 1 otherwise.</summary>
    public int IntervalMonths { get; }

    /// <summary>For <see cref="RecurrenceKind.MonthlyByWeekday"/>: 1 to 4, or -1 for the last, -2 for the second last...; 0 otherwise.</summary>
    public int WeekOfMonth { get; }

    /// <summary>For <see cref="RecurrenceKind.MonthlyByWeekday"/>: the weekday; <see cref="IsoDayOfWeek.None"/> otherwise.</summary>
    public IsoDayOfWeek Weekday { get; }

    /// <summary>For <see cref="RecurrenceKind.MonthlyByDay"/>: the day of the month, 1 to 31; 0 otherwise.</summary>
    public int DayOfMonth { get; }

    /// <summary>Every week (or every <paramref name="intervalWeeks"/> weeks) on the given days.</summary>
    /// <exception cref="ArgumentException">No days, or an interval outside 1 to <see cref="MaxIntervalWeeks"/>.</exception>
    public static Recurrence Weekly(IEnumerable<IsoDayOfWeek> days, int intervalWeeks = 1)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalWeeks, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(intervalWeeks, MaxIntervalWeeks);
        var mask = 0;
        foreach (var day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(nameof(days), day, "Not a day of the week.");
            }

            mask |= Bit(day);
        }

        return mask == 0
            ? throw new ArgumentException("A weekly recurrence needs at least one day.", nameof(days))
            : new Recurrence(RecurrenceKind.Weekly, mask, intervalWeeks, 0, IsoDayOfWeek.None, 0);
    }

    /// <summary>Every week (or every <paramref name="intervalWeeks"/> weeks) on one day.</summary>
    public static Recurrence Weekly(IsoDayOfWeek day, int intervalWeeks = 1) => Weekly([day], intervalWeeks);

    /// <summary>
    /// Every month (or every <paramref name="intervalMonths"/> months) on the <paramref name="weekOfMonth"/>th
    /// <paramref name="weekday"/>: 1 to 4 from the start of the month, -1 to -4 from its end (-2: second last).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A week outside 1 to 4 and -4 to -1, not a weekday, or an interval outside 1 to 12.</exception>
    public static Recurrence MonthlyByWeekday(int weekOfMonth, IsoDayOfWeek weekday, int intervalMonths = 1)
    {
        if (weekOfMonth is not ((>= -4 and <= -1) or (>= 1 and <= 4)))
        {
            // A 5th weekday exists in only some months; "last" covers what people usually mean.
            throw new ArgumentOutOfRangeException(nameof(weekOfMonth), weekOfMonth, "Use 1 to 4, or -1 (last) to -4.");
        }

        CheckMonths(intervalMonths);
        return weekday is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday
            ? throw new ArgumentOutOfRangeException(nameof(weekday), weekday, "Not a day of the week.")
            : new Recurrence(RecurrenceKind.MonthlyByWeekday, 0, 1, weekOfMonth, weekday, 0, intervalMonths);
    }

    /// <summary>
    /// Every month (or every <paramref name="intervalMonths"/> months) on a day of the month (1 to 31);
    /// months without that day are skipped, as RFC 5545 does.
    /// </summary>
    public static Recurrence MonthlyByDay(int dayOfMonth, int intervalMonths = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dayOfMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dayOfMonth, 31);
        CheckMonths(intervalMonths);
        return new Recurrence(RecurrenceKind.MonthlyByDay, 0, 1, 0, IsoDayOfWeek.None, dayOfMonth, intervalMonths);
    }

    /// <summary>True when a weekly rule meets on <paramref name="day"/>.</summary>
    public bool MeetsOn(IsoDayOfWeek day) => Contains(_dayMask, day);

    /// <summary>
    /// The shortest nominal time between two consecutive meetings, in calendar days (a daylight-saving
    /// change can make the real gap an hour shorter or longer), so commands can refuse reminder offsets
    /// that would reach back past the previous meeting. Null for <see cref="Once"/>; 28 days for monthly
    /// rules (the shortest month; times the interval).
    /// </summary>
    public Duration? ShortestGap()
    {
        switch (Kind)
        {
            case RecurrenceKind.Weekly:
                var days = Days.Select(d => (int)d).ToArray();
                var shortest = (days[0] + (7 * IntervalWeeks)) - days[^1];
                for (var i = 1; i < days.Length; i++)
                {
                    shortest = Math.Min(shortest, days[i] - days[i - 1]);
                }

                return Duration.FromDays(shortest);
            case RecurrenceKind.MonthlyByWeekday:
            case RecurrenceKind.MonthlyByDay:
                return Duration.FromDays(28 * IntervalMonths);
            default:
                return null;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Describe();

    private static void CheckMonths(int intervalMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalMonths, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(intervalMonths, MaxIntervalMonths);
    }

    private static int Bit(IsoDayOfWeek day) => 1 << ((int)day - 1);

    private static bool Contains(int mask, IsoDayOfWeek day) => (mask & Bit(day)) != 0;
}
