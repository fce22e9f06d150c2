using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Slack.Configuration;
using StudyBot.Slack.Http;

namespace StudyBot.Slack.Tests.Http;

public sealed class SignatureTests
{
    // The worked example from Slack's "Verifying requests from Slack" page.
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    [Fact]
    public void Sign_ReproducesSlacksWorkedExample() =>
        Assert.Equal(Signature, SlackSignatureVerifier.Sign(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_AcceptsSlacksWorkedExampleWithinFiveMinutes() =>
        Assert.Equal(SlackSignatureVerifier.Outcome.Valid, Verifier(secondsAfter: 299).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_RejectsAForgedSignature()
    {
        var forged = Signature[..^1] + "4";
        Assert.Equal(SlackSignatureVerifier.Outcome.Forged, Verifier(secondsAfter: 1).Verify(Timestamp, forged, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Verify_RejectsATamperedBody() =>
        Assert.Equal(SlackSignatureVerifier.Outcome.Forged, Verifier(secondsAfter: 1).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body.Replace("text=", "text=x", StringComparison.Ordinal))));

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void Verify_RejectsATimestampMoreThanFiveMinutesAway(int secondsAfter) =>
        Assert.Equal(SlackSignatureVerifier.Outcome.Stale, Verifier(secondsAfter).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_RejectsMissingHeaders() =>
        Assert.Equal(SlackSignatureVerifier.Outcome.Missing, Verifier(secondsAfter: 1).Verify(null, Signature, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_AcceptsNothingWithoutASigningSecret()
    {
        var verifier = new SlackSignatureVerifier(Options.Create(new SlackOptions()), new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618)));
        Assert.Equal(SlackSignatureVerifier.Outcome.NotConfigured, verifier.Verify(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));
    }

    private static SlackSignatureVerifier Verifier(int secondsAfter) => new(
        Options.Create(new SlackOptions { SigningSecret = Secret }),
        new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618 + secondsAfter)));
}
