using NodaTime;
using StudyBot.Application.Calendar;
using StudyBot.Testing.Calendar;
using StudyBot.Core.Time;

namespace StudyBot.Application.Tests.Calendar;

/// <summary>
/// Random series in zones with odd rules, exported and read back by the independent <see cref="IcsReader"/>:
/// every meeting a calendar app shows must be one StudyBot plans, at the same instant, whichever way the app
/// reads local times in a clock change.
/// </summary>
public sealed class IcsPropertyTests
{
    private static readonly Instant Stamp = Instant.FromUtc(2027, 3, 15, 12, 0);

    public static TheoryData<LocalTimePolicy> Policies => [LocalTimePolicy.Rfc5545, LocalTimePolicy.Contrary];

    [Theory]
    [MemberData(nameof(Policies))]
    public void RandomExports_ExpandToStudyBotsOwnStarts(LocalTimePolicy policy)
    {
        var random = new Random(20261202);
        var apart = 0;
        for (var i = 0; i < 600; i++)
        {
            var export = RandomExport.Create(random);
            var reader = new IcsReader(IcsExport.Create("Prop", [export.Series], Stamp));
            apart += reader.Events.Count(e => e.One("UID")!.Value != export.Series.Uid);

            // Five years from the first meeting: past every moved meeting, and within the span where meetings
            // in a clock change are written out explicitly.
            var end = export.FirstRuleStart + Duration.FromDays(5 * 365);
            var expected = export.ExpectedStarts(end);
            var actual = reader.Starts(policy, end);

            Assert.True(expected.SequenceEqual(actual), $"Case {i}: {export}\nexpected {string.Join(", ", expected.Take(40))}\nactual   {string.Join(", ", actual.Take(40))}");
        }

        // The generator must reach the hard part: meetings in a clock change, written as events of their own.
        Assert.True(apart > 100, $"Only {apart} meetings fell in a clock change.");
    }

    [Theory]
    [InlineData("Europe/Dublin")]
    [InlineData("Australia/Lord_Howe")]
    [InlineData("Pacific/Chatham")]
    [InlineData("Africa/Casablanca")]
    [InlineData("America/Sao_Paulo")]
    [InlineData("America/St_Johns")]
    [InlineData("Europe/Berlin")]
    [InlineData("UTC+05:30")]
    public void EndlessSeries_TimeZoneGivesNodaTimesOffsetEveryDayForACentury(string zoneId)
    {
        var schedule = new Core.Meetings.MeetingSchedule(new LocalDateTime(2016, 1, 4, 19, 0), Core.Meetings.Recurrence.Weekly(IsoDayOfWeek.Monday));
        var series = new IcsSeries("m@studybot", "Study", null, null, null, schedule, zoneId, Duration.FromHours(1), [], []);

        var zone = Assert.Single(new IcsReader(IcsExport.Create("Study", [series], Stamp)).Zones.Values);

        var noda = TimeZones.Resolve(zoneId);
        for (var at = Instant.FromUtc(2016, 1, 1, 0, 0); at < Instant.FromUtc(2130, 1, 1, 0, 0); at += Duration.FromHours(6))
        {
            Assert.True(noda.GetUtcOffset(at) == zone.OffsetAt(at), $"{zoneId} at {at}: NodaTime {noda.GetUtcOffset(at)}, export {zone.OffsetAt(at)}");
        }
    }
}
