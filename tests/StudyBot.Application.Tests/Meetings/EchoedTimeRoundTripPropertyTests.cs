using CsCheck;
using NodaTime;
using StudyBot.Application.Text;
using StudyBot.Core.Meetings;

namespace StudyBot.Application.Tests.Meetings;

/// <summary>
/// Every time StudyBot prints ("Tue 16 Mar 2027 19:00 CET") can be typed back as a start and means the
/// same instant, in zones with odd rules and abbreviations that are numbers ("+1030") or ambiguous
/// elsewhere ("IST" in Dublin and Kolkata), including times at daylight-saving changes.
/// </summary>
public sealed class EchoedTimeRoundTripPropertyTests
{
    private static readonly string[] GroupZones =
    [
        "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Europe/Dublin", "Australia/Lord_Howe", "Pacific/Chatham",
        "America/Sao_Paulo", "America/St_Johns", "Africa/Casablanca", "Asia/Tokyo", "UTC", "America/Los_Angeles",
    ];

    // What the echo can show: a meeting's local time resolved the way meetings are (gaps move forward).
    private static readonly Gen<(DateTimeZone Zone, Instant Start)> Starts =
        from zoneId in Gen.OneOf(GroupZones)
        from days in Gen.Int[0, 3 * 366]
        from minutes in Gen.Int[0, (24 * 60) - 1]
        let zone = DateTimeZoneProviders.Tzdb[zoneId]
        let local = new LocalDate(2026, 1, 1).PlusDays(days).AtMidnight().PlusMinutes(minutes)
        select (zone, Occurrences.Resolve(local, zone));

    [Fact]
    public void EveryEchoedTime_ParsesBackToTheSameInstant() =>
        Starts.Sample(sample =>
        {
            var (zone, start) = sample;
            var echoed = LocalTimeText.Format(start, zone);

            // Relative to any moment: the echo carries its own date and year.
            var now = Instant.FromUtc(2026, 6, 1, 12, 0).InZone(zone);
            var read = StartTimeParser.Read(echoed, now);

            Assert.True(read.IsSuccess, $"{echoed} in {zone.Id}: {read.Error?.Message}");
            Assert.Equal(start, Occurrences.Resolve(read.Value!.Local, zone));
        }, iter: 2000);

    [Theory]
    [InlineData("Europe/Berlin", "2027-03-28T01:00:00Z")]
    [InlineData("Europe/Berlin", "2027-10-31T00:30:00Z")]
    [InlineData("America/New_York", "2027-03-14T07:00:00Z")]
    [InlineData("Australia/Lord_Howe", "2027-04-03T14:45:00Z")]
    public void EchoedTimesAroundDaylightSavingChanges_ParseBack(string zoneId, string instant)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var start = NodaTime.Text.InstantPattern.ExtendedIso.Parse(instant).Value;
        var echoed = LocalTimeText.Format(start, zone);

        var read = StartTimeParser.Read(echoed, start.InZone(zone));

        Assert.True(read.IsSuccess, read.Error?.Message);
        Assert.Equal(start, Occurrences.Resolve(read.Value!.Local, zone));
    }
}
