using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Application.Calendar;
using StudyBot.Commands.Tests.Support;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Meetings;

public sealed class MeetingSubscribeTests
{
    private const string Subscribe = "/meeting subscribe group:\"Algo Club\"";
    private static readonly Uri PublicUrl = new("https://studybot.example.org/bot/");

    private static async Task<CommandHarness> CreateAsync(bool configured = true)
    {
        var harness = new CommandHarness(
            services => services.Configure<CalendarFeedOptions>(o => o.PublicUrl = configured ? PublicUrl : null),
            start: new DateTimeOffset(2027, 3, 15, 12, 0, 0, TimeSpan.Zero));
        await MeetingHarness.RequireAsync(harness, "/group create name:\"Algo Club\" timezone:Europe/Berlin", "alice");
        await MeetingHarness.RequireAsync(harness, "/group join name:\"Algo Club\"", "bob");
        await MeetingHarness.RequireAsync(harness, MeetingHarness.Weekly, "alice");
        return harness;
    }

    private static string TokenOf(string replyText)
    {
        var start = replyText.IndexOf(PublicUrl.AbsoluteUri + "calendar/", StringComparison.Ordinal);
        Assert.True(start >= 0, replyText);
        var tail = replyText[(start + PublicUrl.AbsoluteUri.Length + "calendar/".Length)..];
        return tail[..tail.IndexOf(".ics", StringComparison.Ordinal)];
    }

    private static async Task<string?> FeedAsync(CommandHarness harness, string token)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CalendarFeeds>().RenderAsync(token, CancellationToken.None);
    }

    [Fact]
    public async Task Subscribe_GivesAPrivateUnguessableLink_StoringOnlyItsHash()
    {
        using var harness = await CreateAsync();

        var reply = await harness.RunAsync(Subscribe, @as: "bob");

        Assert.False(reply.IsError, reply.Text);
        Assert.True(reply.Ephemeral);
        var token = TokenOf(reply.Text);
        Assert.True(Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length >= 16, token);
        Assert.Contains("revoke:true", reply.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        var stored = await db.CalendarSubscriptions.SingleAsync();
        Assert.Equal("bob", stored.UserId);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        var feed = await FeedAsync(harness, token);
        Assert.NotNull(feed);
        Assert.Contains("SUMMARY:Weekly review", feed, StringComparison.Ordinal);
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT1H", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscribingAgain_ReplacesTheOldLink()
    {
        using var harness = await CreateAsync();
        var first = TokenOf((await harness.RunAsync(Subscribe, @as: "bob")).Text);

        var reply = await harness.RunAsync(Subscribe, @as: "bob");

        Assert.Contains("Your previous link no longer works.", reply.Text, StringComparison.Ordinal);
        Assert.NotEqual(first, TokenOf(reply.Text));
        Assert.Null(await FeedAsync(harness, first));
        Assert.NotNull(await FeedAsync(harness, TokenOf(reply.Text)));
    }

    [Fact]
    public async Task Revoke_EndsTheLink()
    {
        using var harness = await CreateAsync();
        var token = TokenOf((await harness.RunAsync(Subscribe, @as: "bob")).Text);

        var reply = await harness.RunAsync(Subscribe + " revoke:true", @as: "bob");

        Assert.False(reply.IsError, reply.Text);
        Assert.True(reply.Ephemeral);
        Assert.Equal("Your calendar link for Algo Club no longer works. Remove the subscription from your calendar app too.", reply.Text);
        Assert.Null(await FeedAsync(harness, token));
        await using var db = harness.Db();
        Assert.Empty(db.CalendarSubscriptions);
    }

    [Fact]
    public async Task Revoke_WithoutALink_SaysHowToGetOne()
    {
        using var harness = await CreateAsync();

        var reply = await harness.RunAsync(Subscribe + " revoke:true", @as: "bob");

        Assert.Equal("You have no calendar link for Algo Club. Get one with `/meeting subscribe group:\"Algo Club\"`.", reply.Text);
    }

    [Fact]
    public async Task Subscribe_ByANonMember_IsRefused()
    {
        using var harness = await CreateAsync();

        var reply = await Refusal.AssertRefusedAsync(harness, Subscribe, "carol");

        Assert.Equal("Only members of Algo Club can subscribe to its meetings. Join with `/group join name:\"Algo Club\"`.", reply.Text);
        await using var db = harness.Db();
        Assert.Empty(db.CalendarSubscriptions);
    }

    [Fact]
    public async Task Subscribe_WhenTheOperatorHasNotSetAPublicUrl_NamesTheSetting()
    {
        using var harness = await CreateAsync(configured: false);

        var reply = await Refusal.AssertRefusedAsync(harness, Subscribe, "bob");

        Assert.Contains("the operator must set `Calendar:PublicUrl`", reply.Text, StringComparison.Ordinal);
        Assert.Contains("`/meeting export group:\"Algo Club\"`", reply.Text, StringComparison.Ordinal);
        await using var db = harness.Db();
        Assert.Empty(db.CalendarSubscriptions);
    }

    [Fact]
    public async Task Feed_StopsWhenTheMemberLeavesTheGroup()
    {
        using var harness = await CreateAsync();
        var token = TokenOf((await harness.RunAsync(Subscribe, @as: "bob")).Text);

        await MeetingHarness.RequireAsync(harness, "/group leave name:\"Algo Club\"", "bob");

        Assert.Null(await FeedAsync(harness, token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Feed_ForAnUnknownToken_IsNull(string token)
    {
        using var harness = await CreateAsync();
        await harness.RunAsync(Subscribe, @as: "bob");

        Assert.Null(await FeedAsync(harness, token));
    }
}
