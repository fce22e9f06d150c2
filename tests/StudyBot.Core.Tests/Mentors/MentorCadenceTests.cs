using NodaTime;
using StudyBot.Core.Mentors;

namespace StudyBot.Core.Tests.Mentors;

/// <summary>A pairing's weekly slot: read as people type it, and next in each person's own zone.</summary>
public sealed class MentorCadenceTests
{
    [Theory]
    [InlineData(null, IsoDayOfWeek.Friday, 17, 0)]
    [InlineData("weekly", IsoDayOfWeek.Friday, 17, 0)]
    [InlineData("mon 8am", IsoDayOfWeek.Monday, 8, 0)]
    [InlineData("Wednesday 18:30", IsoDayOfWeek.Wednesday, 18, 30)]
    public void ReadsAWeekdayAndATime(string? typed, IsoDayOfWeek day, int hour, int minute) =>
        Assert.Equal(new MentorCadence(day, new LocalTime(hour, minute)), MentorCadence.Parse(typed).Value);

    [Theory]
    [InlineData("fri")]
    [InlineData("someday 17:00")]
    [InlineData("fri 25:00")]
    public void RefusesWhatIsNotAWeekdayAndATime(string typed) => Assert.False(MentorCadence.Parse(typed).IsSuccess);

    [Fact]
    public void TheSameSlot_FallsAtEachPersonsOwnLocalTime()
    {
        var after = Instant.FromUtc(2027, 3, 1, 10, 0);
        var cadence = MentorCadence.Default;

        var tokyo = cadence.Next(after, DateTimeZoneProviders.Tzdb["Asia/Tokyo"]);
        var newYork = cadence.Next(after, DateTimeZoneProviders.Tzdb["America/New_York"]);

        Assert.Equal(Instant.FromUtc(2027, 3, 5, 8, 0), tokyo.ToInstant());
        Assert.Equal(Instant.FromUtc(2027, 3, 5, 22, 0), newYork.ToInstant());
        Assert.Equal(Instant.FromUtc(2027, 3, 12, 8, 0), cadence.Next(tokyo.ToInstant(), tokyo.Zone).ToInstant());
    }

    [Fact]
    public void AcrossTheSpringForwardWeek_TheSlotKeepsItsLocalTime_AndATimeInTheGapMovesForward()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];

        // New York moves to summer time on Sunday 14 March 2027: Friday 17:00 is 22:00 UTC before, 21:00 UTC after.
        var friday = MentorCadence.Default.Next(Instant.FromUtc(2027, 3, 12, 22, 0), newYork);
        var gap = new MentorCadence(IsoDayOfWeek.Sunday, new LocalTime(2, 30)).Next(Instant.FromUtc(2027, 3, 13, 12, 0), newYork);

        Assert.Equal(Instant.FromUtc(2027, 3, 19, 21, 0), friday.ToInstant());
        Assert.Equal(new LocalDateTime(2027, 3, 14, 3, 30), gap.LocalDateTime);
    }
}
