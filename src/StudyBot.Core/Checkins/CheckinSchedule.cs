using NodaTime;
using StudyBot.Core.Meetings;
using StudyBot.Core.Time;

namespace StudyBot.Core.Checkins;

/// <summary>
/// A group's check-in schedule: the weekdays and the local time prompts go out (in each member's own zone),
/// where they go, when the one nudge follows, the grace days per week and the weekly digest's slot.
/// </summary>
public sealed class CheckinSchedule
{
    /// <summary>The nudge delay when none is given.</summary>
    public static readonly Duration DefaultNudgeAfter = Duration.FromHours(4);

    /// <summary>Grace days per week when none is given.</summary>
    public const int DefaultGracePerWeek = 1;

    /// <summary>Most grace days per week.</summary>
    public const int MaxGracePerWeek = 6;

    // For the store.
    private CheckinSchedule()
    {
    }

    /// <summary>Creates a schedule.</summary>
    public CheckinSchedule(long groupId, IReadOnlySet<IsoDayOfWeek> days, LocalTime time, CheckinDelivery delivery, Duration nudgeAfter, int gracePerWeek, IsoDayOfWeek digestDay, LocalTime digestTime, Instant createdAt)
    {
        GroupId = groupId;
        DaysMask = Mask(days);
        Time = time;
        Delivery = delivery;
        NudgeAfter = nudgeAfter;
        GracePerWeek = gracePerWeek;
        DigestDay = digestDay;
        DigestTime = digestTime;
        CreatedAt = createdAt;
    }

    /// <summary>The group (one schedule per group).</summary>
    public long GroupId { get; private set; }

    /// <summary>The weekdays as bits, Monday = 1, stored as one number.</summary>
    public int DaysMask { get; private set; }

    /// <summary>Local time of the prompt, in each member's own zone.</summary>
    public LocalTime Time { get; private set; }

    /// <summary>DM or channel.</summary>
    public CheckinDelivery Delivery { get; private set; }

    /// <summary>How long after the prompt the one nudge comes.</summary>
    public Duration NudgeAfter { get; private set; }

    /// <summary>Missed check-ins forgiven per week.</summary>
    public int GracePerWeek { get; private set; }

    /// <summary>Weekday of the digest, in the group's zone.</summary>
    public IsoDayOfWeek DigestDay { get; private set; }

    /// <summary>Local time of the digest, in the group's zone.</summary>
    public LocalTime DigestTime { get; private set; }

    /// <summary>When the schedule was first set; streaks count from here.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>The weekdays prompts go out.</summary>
    public IReadOnlySet<IsoDayOfWeek> Days => Weekdays.All.Where(d => (DaysMask & Bit(d)) != 0).ToHashSet();

    /// <summary>Replaces the settings, keeping <see cref="CreatedAt"/> so streaks carry on.</summary>
    public void Change(IReadOnlySet<IsoDayOfWeek> days, LocalTime time, CheckinDelivery delivery, Duration nudgeAfter, int gracePerWeek, IsoDayOfWeek digestDay, LocalTime digestTime)
    {
        DaysMask = Mask(days);
        Time = time;
        Delivery = delivery;
        NudgeAfter = nudgeAfter;
        GracePerWeek = gracePerWeek;
        DigestDay = digestDay;
        DigestTime = digestTime;
    }

    /// <summary>
    /// The first prompt strictly after <paramref name="after"/> for someone in <paramref name="zone"/>: the
    /// schedule's local time on the next scheduled weekday. A time skipped by a DST change is moved forward by the
    /// gap; a repeated one is taken the first time.
    /// </summary>
    public ZonedDateTime NextPrompt(Instant after, DateTimeZone zone) => WeeklySlots.Next(after, zone, Days, Time);

    /// <summary>The first digest strictly after <paramref name="after"/>, in the group's zone.</summary>
    public ZonedDateTime NextDigest(Instant after, DateTimeZone zone) => WeeklySlots.Next(after, zone, new HashSet<IsoDayOfWeek> { DigestDay }, DigestTime);

    /// <summary>"Mon, Wed, Fri at 20:00" or "daily at 20:00".</summary>
    public string Describe() => $"{DescribeDays(Days)} at {Time:HH:mm}";

    /// <summary>"daily", "weekdays" or "Mon, Wed, Fri".</summary>
    public static string DescribeDays(IReadOnlySet<IsoDayOfWeek> days) => days.Count switch
    {
        7 => "daily",
        5 when !days.Contains(IsoDayOfWeek.Saturday) && !days.Contains(IsoDayOfWeek.Sunday) => "weekdays",
        _ => string.Join(", ", Weekdays.All.Where(days.Contains).Select(Weekdays.ShortName)),
    };

    private static int Mask(IReadOnlySet<IsoDayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            throw new ArgumentException("A check-in schedule needs at least one weekday.", nameof(days));
        }

        return days.Aggregate(0, (mask, day) => mask | Bit(day));
    }

    private static int Bit(IsoDayOfWeek day) => 1 << ((int)day - 1);
}
