using NodaTime;
using StudyBot.Core.Checkins;

namespace StudyBot.Core.Tests.Checkins;

/// <summary>One example per streak rule. March 2027 starts on a Monday, so day n of March is easy to place in its week.</summary>
public sealed class StreaksTests
{
    internal static readonly IsoDayOfWeek[] Daily =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    private static readonly IsoDayOfWeek[] MonWedFri = [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday];

    private static LocalDate March(int day) => new(2027, 3, day);

    private static StreakState Streak(IsoDayOfWeek[] schedule, int today, int[] checkedIn, int since = 1, int[]? away = null, int grace = 0) =>
        Streaks.Compute(
            new StreakHistory(schedule.ToHashSet(), March(since), checkedIn.Select(March).ToList(), (away ?? []).Select(March).ToHashSet(), grace),
            March(today));

    [Fact]
    public void Daily_EachCheckedInDayAddsOne_AndAMissWithoutGraceStartsAgain()
    {
        // Mon–Wed checked in, Thu missed, Fri and Sat checked in.
        Assert.Equal(new StreakState(2, 3, 0, AtRisk: false, CheckedInThisPeriod: true), Streak(Daily, today: 6, checkedIn: [1, 2, 3, 5, 6]));
    }

    [Fact]
    public void Daily_TodayIsNotAMissUntilItIsOver()
    {
        Assert.Equal(new StreakState(2, 2, 0, AtRisk: true, CheckedInThisPeriod: false), Streak(Daily, today: 3, checkedIn: [1, 2]));
        Assert.Equal(new StreakState(0, 2, 0, AtRisk: false, CheckedInThisPeriod: false), Streak(Daily, today: 4, checkedIn: [1, 2]));
    }

    [Fact]
    public void MonWedFri_ATuesdayCheckinCountsForMonday_AndASundayOneForFriday()
    {
        // Periods Mon–Tue, Wed–Thu, Fri–Sun; today is the next Monday, not checked in yet.
        var state = Streak(MonWedFri, today: 8, checkedIn: [2, 4, 7]);

        Assert.Equal(new StreakState(3, 3, 0, AtRisk: true, CheckedInThisPeriod: false), state);
    }

    [Fact]
    public void MonWedFri_APeriodWithNoCheckinOnEitherDay_IsAMiss()
    {
        // Mon checked in, nothing on Wed or Thu, Fri checked in.
        Assert.Equal(new StreakState(1, 1, 0, AtRisk: false, CheckedInThisPeriod: true), Streak(MonWedFri, today: 5, checkedIn: [1, 5]));
    }

    [Fact]
    public void SeveralCheckinsInOnePeriod_CountOnce()
    {
        Assert.Equal(1, Streak(MonWedFri, today: 3, checkedIn: [1, 1, 2, 2]).Current);
        Assert.Equal(1, Streak(Daily, today: 1, checkedIn: [1, 1, 1]).Current);
    }

    [Fact]
    public void Grace_ForgivesAMiss_AndTheNextMissThatWeekBreaks()
    {
        // Wed missed (forgiven), Fri missed (no grace left: the streak starts again), Sat checked in.
        Assert.Equal(new StreakState(3, 3, 0, AtRisk: true, CheckedInThisPeriod: false), Streak(Daily, today: 5, checkedIn: [1, 2, 4], grace: 1));
        Assert.Equal(new StreakState(1, 3, 0, AtRisk: false, CheckedInThisPeriod: true), Streak(Daily, today: 6, checkedIn: [1, 2, 4, 6], grace: 1));
    }

    [Fact]
    public void Grace_ComesBackEachIsoWeek()
    {
        // One miss each week (Wed 3 and Wed 10): both forgiven, the streak runs on.
        int[] checkedIn = [.. Enumerable.Range(1, 14).Where(d => d is not 3 and not 10)];

        Assert.Equal(new StreakState(12, 12, 0, AtRisk: false, CheckedInThisPeriod: true), Streak(Daily, today: 14, checkedIn, grace: 1));
        Assert.Equal(new StreakState(12, 12, 1, AtRisk: false, CheckedInThisPeriod: false), Streak(Daily, today: 15, checkedIn, grace: 1));
    }

    [Fact]
    public void AMiss_UsesTheGraceOfTheWeekItsPeriodStartedIn()
    {
        // Sat and Sun: periods Sat (one day) and Sun–Fri. Sat 6 and Sun 7 (by Tue 9) checked in; Sat 13 missed, which
        // uses the grace of the week of Mar 8. Today is Tue 16, inside the period that started Sun 14 in that same
        // week: missing it would break the streak, though today's own week (from Mar 15) has all its grace.
        IsoDayOfWeek[] weekends = [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

        Assert.Equal(new StreakState(2, 2, 1, AtRisk: true, CheckedInThisPeriod: false), Streak(weekends, today: 16, checkedIn: [6, 9], grace: 1));
    }

    [Fact]
    public void AnAwayPeriod_NeitherBreaksNorExtendsTheStreak()
    {
        Assert.Equal(3, Streak(Daily, today: 4, checkedIn: [1, 2, 4], away: [3]).Current);
        Assert.Equal(3, Streak(Daily, today: 4, checkedIn: [1, 2, 3, 4], away: [3]).Current);

        // Nor does it use grace.
        Assert.Equal(1, Streak(Daily, today: 4, checkedIn: [1, 2, 4], away: [3], grace: 1).GraceLeftThisWeek);
    }

    [Fact]
    public void Away_CountsOnlyOnThePeriodsFirstDay()
    {
        // Away on Thu 4 does not excuse the Wed–Thu period; away on Wed 3 does.
        Assert.Equal(0, Streak(MonWedFri, today: 5, checkedIn: [1], away: [4]).Current);
        Assert.Equal(1, Streak(MonWedFri, today: 5, checkedIn: [1], away: [3]).Current);
    }

    [Fact]
    public void Since_StartsAtTheFirstPeriodOnOrAfterIt_AndIgnoresEarlierCheckins()
    {
        // Since Tue 2 with Mon/Wed/Fri: the first period is Wed 3, so check-ins on Mon 1 and Tue 2 do not count.
        Assert.Equal(new StreakState(0, 0, 0, AtRisk: false, CheckedInThisPeriod: false), Streak(MonWedFri, today: 3, checkedIn: [1, 2], since: 2));

        // The days before Since are not misses.
        Assert.Equal(2, Streak(Daily, today: 11, checkedIn: [10, 11], since: 10).Current);
    }

    [Fact]
    public void BeforeTheFirstPeriod_ThereIsNothingYet()
    {
        Assert.Equal(new StreakState(0, 0, 2, AtRisk: false, CheckedInThisPeriod: false), Streak(MonWedFri, today: 2, checkedIn: [2], since: 2, grace: 2));
        Assert.Equal(new StreakState(0, 0, 2, AtRisk: false, CheckedInThisPeriod: false), Streak(Daily, today: 5, checkedIn: [5], since: 10, grace: 2));
    }

    [Fact]
    public void AtRisk_OnlyWhenAStreakWouldBreak()
    {
        // Two days in, today not checked in and no grace: at risk.
        Assert.True(Streak(Daily, today: 3, checkedIn: [1, 2]).AtRisk);

        // Not when today is checked in, grace would forgive it, there is no streak, or today starts an away period.
        Assert.False(Streak(Daily, today: 3, checkedIn: [1, 2, 3]).AtRisk);
        Assert.False(Streak(Daily, today: 3, checkedIn: [1, 2], grace: 1).AtRisk);
        Assert.False(Streak(Daily, today: 3, checkedIn: []).AtRisk);
        Assert.False(Streak(Daily, today: 3, checkedIn: [1, 2], away: [3]).AtRisk);
    }

    [Fact]
    public void ACheckinInAnAwayPeriod_StillShowsAsCheckedInThisPeriod()
    {
        Assert.Equal(new StreakState(2, 2, 0, AtRisk: false, CheckedInThisPeriod: true), Streak(Daily, today: 3, checkedIn: [1, 2, 3], away: [3]));
    }

    [Fact]
    public void CheckinsAfterToday_AreNotLookedAt()
    {
        Assert.Equal(new StreakState(1, 1, 0, AtRisk: true, CheckedInThisPeriod: false), Streak(MonWedFri, today: 3, checkedIn: [1, 4]));
    }

    [Fact]
    public void NoScheduledDays_OrNegativeGrace_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => Streak([], today: 3, checkedIn: []));
        Assert.Throws<ArgumentException>(() => Streak(Daily, today: 3, checkedIn: [], grace: -1));
        Assert.Throws<ArgumentException>(() => Streak([IsoDayOfWeek.None], today: 3, checkedIn: []));
    }
}
