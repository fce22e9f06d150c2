using NodaTime;
using StudyBot.Core.Tests.Meetings;
using StudyBot.Core.Time;

namespace StudyBot.Core.Tests.Time;

public sealed class TimeZonesTests
{
    private static readonly Instant Winter = Instant.FromUtc(2027, 1, 15, 12, 0);
    private static readonly Instant Summer = Instant.FromUtc(2027, 7, 15, 12, 0);

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("  AMERICA/NEW_YORK  ", "America/New_York")]
    [InlineData("utc", "UTC")]
    [InlineData("Asia/Kathmandu", "Asia/Kathmandu")]
    public void Parse_IanaIdInAnyCase_ReturnsTheCanonicalIdWithoutWarning(string input, string expected)
    {
        var result = TimeZones.Parse(input);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(expected, result.Value!.Id);
        Assert.Equal(expected, result.Value.Zone.Id);
        Assert.Null(result.Value.Warning);
    }

    [Fact]
    public void Parse_IanaId_FollowsDaylightSaving()
    {
        var zone = TimeZones.Parse("Europe/Berlin").Value!.Zone;

        Assert.Equal(Offset.FromHours(1), zone.GetUtcOffset(Winter));
        Assert.Equal(Offset.FromHours(2), zone.GetUtcOffset(Summer));
    }

    [Theory]
    [InlineData("UTC+2", "UTC+02:00", 120)]
    [InlineData("utc+2", "UTC+02:00", 120)]
    [InlineData("UTC +2", "UTC+02:00", 120)]
    [InlineData("GMT-5", "UTC-05:00", -300)]
    [InlineData("UTC+05:30", "UTC+05:30", 330)]
    [InlineData("UTC+0545", "UTC+05:45", 345)]
    [InlineData("UTC-3:30", "UTC-03:30", -210)]
    [InlineData("UTC+14", "UTC+14:00", 840)]
    [InlineData("UTC-12", "UTC-12:00", -720)]
    public void Parse_Offset_IsAcceptedAsAFixedOffsetWithADaylightSavingWarning(string input, string id, int minutes)
    {
        var result = TimeZones.Parse(input);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var choice = result.Value!;
        Assert.Equal(id, choice.Id);
        Assert.Equal(Offset.FromSeconds(minutes * 60), choice.Zone.GetUtcOffset(Winter));
        Assert.Equal(Offset.FromSeconds(minutes * 60), choice.Zone.GetUtcOffset(Summer));
        Assert.StartsWith($"`{id}` is a fixed offset: it does not follow daylight saving. If clocks change where you are, type your city instead", choice.Warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UTC+2", "`UTC+02:00` is a fixed offset: it does not follow daylight saving. If clocks change where you are, type your city instead, such as `Europe/Berlin` or `Europe/Athens`.")]
    [InlineData("GMT-5", "`UTC-05:00` is a fixed offset: it does not follow daylight saving. If clocks change where you are, type your city instead, such as `America/New_York` or `America/Chicago`.")]
    [InlineData("UTC+14", "`UTC+14:00` is a fixed offset: it does not follow daylight saving. If clocks change where you are, type your city instead.")]
    public void Parse_Offset_WarnsAndSuggestsCitiesThatKeepThatOffsetPartOfTheYear(string input, string warning) =>
        Assert.Equal(warning, TimeZones.Parse(input).Value!.Warning);

    [Theory]
    [InlineData("new york", "America/New_York")]
    [InlineData("New York", "America/New_York")]
    [InlineData("berlin", "Europe/Berlin")]
    [InlineData("sao paulo", "America/Sao_Paulo")]
    [InlineData("São Paulo", "America/Sao_Paulo")]
    [InlineData("los angeles", "America/Los_Angeles")]
    [InlineData("munich", "Europe/Berlin")]
    [InlineData("mumbai", "Asia/Kolkata")]
    [InlineData("san francisco", "America/Los_Angeles")]
    [InlineData("EST", "America/New_York")]
    [InlineData("est", "America/New_York")]
    [InlineData("PST", "America/Los_Angeles")]
    [InlineData("CET", "Europe/Berlin")]
    [InlineData("CEST", "Europe/Berlin")]
    [InlineData("JST", "Asia/Tokyo")]
    [InlineData("AEST", "Australia/Sydney")]
    public void Parse_CityOrUnambiguousAbbreviation_IsTheZoneOfThatPlace_WithoutWarning(string input, string id)
    {
        var choice = ResultAssert.Ok(TimeZones.Parse(input));

        Assert.Equal(id, choice.Id);
        Assert.Equal(id, choice.Zone.Id);
        Assert.Null(choice.Warning);
    }

    [Theory]
    [InlineData("IST", "`IST` is used for more than one zone: India (`Asia/Kolkata`), Israel (`Asia/Jerusalem`) or Ireland (`Europe/Dublin`). Type the zone you mean, such as `Asia/Kolkata`.")]
    [InlineData("ist", "`IST` is used for more than one zone: India (`Asia/Kolkata`), Israel (`Asia/Jerusalem`) or Ireland (`Europe/Dublin`). Type the zone you mean, such as `Asia/Kolkata`.")]
    [InlineData("MST", "`MST` is used for more than one zone: US Mountain, with daylight saving (`America/Denver`) or Arizona, without it (`America/Phoenix`). Type the zone you mean, such as `America/Denver`.")]
    [InlineData("BST", "`BST` is used for more than one zone: Britain (`Europe/London`) or Bangladesh (`Asia/Dhaka`). Type the zone you mean, such as `Europe/London`.")]
    public void Parse_AmbiguousAbbreviation_AsksWhichListingTheIanaIds(string input, string error) =>
        ResultAssert.Fails(TimeZones.Parse(input), error);

    [Theory]
    [InlineData("UTC+0")]
    [InlineData("GMT-00:00")]
    public void Parse_ZeroOffset_IsPlainUtcWithoutWarning(string input)
    {
        var choice = TimeZones.Parse(input).Value!;

        Assert.Equal("UTC", choice.Id);
        Assert.Equal(DateTimeZone.Utc, choice.Zone);
        Assert.Null(choice.Warning);
    }

    [Theory]
    [InlineData("Etc/GMT+2")]
    [InlineData("Etc/GMT-3")]
    public void Parse_LegacyIdThatIsAFixedOffset_CarriesTheDaylightSavingWarning(string input)
    {
        var choice = TimeZones.Parse(input).Value!;

        Assert.Equal(choice.Zone.GetUtcOffset(Winter), choice.Zone.GetUtcOffset(Summer));
        Assert.StartsWith($"`{choice.Id}` is a fixed offset: it does not follow daylight saving.", choice.Warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CET")]
    [InlineData("EST5EDT")]
    [InlineData("Etc/UTC")]
    [InlineData("GMT")]
    [InlineData("Asia/Tokyo")]
    public void Parse_IdThatFollowsDaylightSavingOrIsUtcOrARegion_HasNoWarning(string input)
    {
        var result = TimeZones.Parse(input);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Null(result.Value!.Warning);
    }

    [Theory]
    [InlineData("UTC+15")]
    [InlineData("UTC-13")]
    [InlineData("UTC+14:30")]
    [InlineData("UTC-12:30")]
    [InlineData("UTC+2:75")]
    [InlineData("UTC+99")]
    public void Parse_ImpossibleOffset_IsRefusedWithTheRealRange(string input)
    {
        var result = TimeZones.Parse(input);

        Assert.False(result.IsSuccess);
        Assert.Equal($"`{input}` is not a real UTC offset; offsets run from UTC-12 to UTC+14.", result.Error.Message);
    }

    [Theory]
    [InlineData("Europe/Berln", "Europe/Berlin")]
    [InlineData("europe/berln", "Europe/Berlin")]
    [InlineData("America/New_Yrok", "America/New_York")]
    [InlineData("Asia/Tokio", "Asia/Tokyo")]
    public void Parse_Typo_SuggestsTheClosestZone(string input, string suggestion)
    {
        var result = TimeZones.Parse(input);

        Assert.False(result.IsSuccess);
        Assert.Equal($"Unknown time zone `{input}`. Did you mean `{suggestion}`?", result.Error.Message);
    }

    [Fact]
    public void Parse_SomethingFarFromAnyZone_NamesExamples()
    {
        var result = TimeZones.Parse("my house");

        Assert.Equal("Unknown time zone `my house`. Type a city such as `berlin` or `new york`, an IANA name such as `Europe/Berlin`, or an abbreviation such as `EST`.", result.Error?.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Nothing_AsksForAZone(string input)
    {
        Assert.Equal("Give a time zone: a city such as `berlin` or `new york`, an IANA name such as `Europe/Berlin`, or an abbreviation such as `EST`.", TimeZones.Parse(input).Error?.Message);
    }

    [Theory]
    [InlineData("Europe/Berlin")]
    [InlineData("UTC")]
    [InlineData("UTC+02:00")]
    [InlineData("UTC-05:30")]
    public void Resolve_EveryStoredId_RoundTrips(string input)
    {
        var choice = TimeZones.Parse(input).Value!;

        var zone = TimeZones.Resolve(choice.Id);

        Assert.Equal(choice.Zone.GetUtcOffset(Summer), zone.GetUtcOffset(Summer));
        Assert.Equal(choice.Zone.GetUtcOffset(Winter), zone.GetUtcOffset(Winter));
    }

    [Fact]
    public void Resolve_GarbageId_IsABugAndThrows()
    {
        Assert.Throws<InvalidOperationException>(() => TimeZones.Resolve("Not/AZone"));
    }

    [Fact]
    public void Ids_HoldIanaRegionsAndUtc()
    {
        Assert.Contains("Europe/Berlin", TimeZones.Ids);
        Assert.Contains("UTC", TimeZones.Ids);
        Assert.All(TimeZones.Ids, id => Assert.True(id == "UTC" || id.Contains('/'), id));
    }
}
