using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Tests.Support;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Timezone;

public sealed class TimezoneTests : IDisposable
{
    // Monday 23 November 2026, 12:00 UTC: winter time in Berlin (CET, UTC+1).
    private readonly CommandHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Set_StoresTheZoneAndEchoesTheLocalTimeThere()
    {
        var reply = await _harness.RunAsync("/timezone set zone:europe/berlin", @as: "alice");

        ReplyAssert.IsSuccess(reply);
        Assert.True(reply.Ephemeral);
        Assert.Equal("Your time zone is now Europe/Berlin (it is Mon 23 Nov 2026 13:00 CET there).", reply.Text);
        await using var db = _harness.Db();
        var profile = await db.UserProfiles.SingleAsync();
        Assert.Equal(("alice", "Europe/Berlin"), (profile.UserId, profile.TimeZoneId));
    }

    [Fact]
    public async Task Set_Twice_UpdatesTheOneProfile()
    {
        await _harness.RunAsync("/timezone set zone:Europe/Berlin", @as: "alice");

        await _harness.RunAsync("/timezone set zone:Asia/Tokyo", @as: "alice");

        await using var db = _harness.Db();
        Assert.Equal("Asia/Tokyo", (await db.UserProfiles.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task Set_UnknownZone_SuggestsTheClosestAndStoresNothing()
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, "/timezone set zone:Europe/Berln", "alice");

        Assert.Equal("Unknown time zone `Europe/Berln`. Did you mean `Europe/Berlin`?", reply.Text);
        Assert.Equal(new StoreCounts(0, 0, 0, 0), await StoreCounts.ReadAsync(_harness));
    }

    [Fact]
    public async Task Set_UnknownZone_KeepsThePreviousOne()
    {
        await _harness.RunAsync("/timezone set zone:Europe/Berlin", @as: "alice");

        await Refusal.AssertRefusedAsync(_harness, "/timezone set zone:Nowhere/Special", "alice");

        await using var db = _harness.Db();
        Assert.Equal("Europe/Berlin", (await db.UserProfiles.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task Set_Offset_IsStoredAsAFixedOffsetWithTheDaylightSavingWarning()
    {
        var reply = await _harness.RunAsync("/timezone set zone:UTC+2", @as: "alice");

        ReplyAssert.IsSuccess(reply);
        Assert.Equal(
            "Your time zone is now UTC+02:00 (it is Mon 23 Nov 2026 14:00 UTC+02 there).\nNote: `UTC+02:00` is a fixed offset: it does not follow daylight saving. If clocks change where you are, type your city instead, such as `Europe/Berlin` or `Europe/Athens`.",
            reply.Text);
        await using var db = _harness.Db();
        Assert.Equal("UTC+02:00", (await db.UserProfiles.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task Set_Abbreviation_IsStoredAsThePlaceItNames_WhichFollowsDaylightSaving()
    {
        // People who type EST mean New York's clock, not a fixed UTC-5 all year.
        var reply = await _harness.RunAsync("/timezone set zone:EST", @as: "alice");

        ReplyAssert.IsSuccess(reply);
        Assert.Equal("Your time zone is now America/New_York (it is Mon 23 Nov 2026 07:00 EST there).", reply.Text);
        await using var db = _harness.Db();
        Assert.Equal("America/New_York", (await db.UserProfiles.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task Set_City_IsStoredAsItsIanaZone()
    {
        var reply = await _harness.RunAsync("/timezone set zone:\"sao paulo\"", @as: "alice");

        ReplyAssert.IsSuccess(reply);
        await using var db = _harness.Db();
        Assert.Equal("America/Sao_Paulo", (await db.UserProfiles.SingleAsync()).TimeZoneId);
    }

    [Theory]
    [InlineData("UTC+15")]
    [InlineData("UTC-13")]
    [InlineData("UTC+2:75")]
    public async Task Set_ImpossibleOffset_IsRefusedAndStoresNothing(string offset)
    {
        var reply = await Refusal.AssertRefusedAsync(_harness, $"/timezone set zone:{offset}", "alice");

        Assert.Equal($"`{offset}` is not a real UTC offset; offsets run from UTC-12 to UTC+14.", reply.Text);
    }

    [Fact]
    public async Task Show_WithoutAZone_ExplainsTheGroupZoneAppliesAndStoresNothing()
    {
        var before = await StoreCounts.ReadAsync(_harness);

        var reply = await _harness.RunAsync("/timezone show", @as: "alice");

        Assert.True(reply.Ephemeral);
        Assert.Equal("You have not set a time zone, so each group's zone applies to you. Set yours with `/timezone set zone:Europe/Berlin`.", reply.Text);
        Assert.Equal(before, await StoreCounts.ReadAsync(_harness));
    }

    [Fact]
    public async Task Show_FollowsTheClockAndDaylightSaving()
    {
        await _harness.RunAsync("/timezone set zone:Europe/Berlin", @as: "alice");
        _harness.Time.SetUtcNow(new DateTimeOffset(2027, 7, 1, 17, 0, 0, TimeSpan.Zero));

        var reply = await _harness.RunAsync("/timezone show", @as: "alice");

        Assert.Equal("Your time zone is Europe/Berlin; it is Thu 1 Jul 2027 19:00 CEST there.", reply.Text);
    }

    [Fact]
    public async Task Show_OfAFixedOffset_IgnoresDaylightSaving()
    {
        await _harness.RunAsync("/timezone set zone:UTC+2", @as: "alice");
        _harness.Time.SetUtcNow(new DateTimeOffset(2027, 1, 15, 10, 0, 0, TimeSpan.Zero));

        var reply = await _harness.RunAsync("/timezone show", @as: "alice");

        Assert.Equal("Your time zone is UTC+02:00; it is Fri 15 Jan 2027 12:00 UTC+02 there.", reply.Text);
    }

    [Fact]
    public async Task Zones_ArePerUser()
    {
        await _harness.RunAsync("/timezone set zone:Asia/Tokyo", @as: "alice");

        var reply = await _harness.RunAsync("/timezone show", @as: "bob");

        Assert.StartsWith("You have not set a time zone", reply.Text, StringComparison.Ordinal);
    }
}
