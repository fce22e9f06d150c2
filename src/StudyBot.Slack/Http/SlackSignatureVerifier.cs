using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using StudyBot.Slack.Configuration;

namespace StudyBot.Slack.Http;

/// <summary>
/// Slack's v0 request signing: <c>v0=</c> + hex HMAC-SHA256(signing secret, <c>v0:{timestamp}:{body}</c>), compared in
/// constant time, with timestamps more than five minutes from now refused so a captured request cannot be replayed.
/// </summary>
internal sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    /// <summary>How far a request's timestamp may be from our clock.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>The outcome of a check, for the log line.</summary>
    public enum Outcome
    {
        /// <summary>Signed by Slack, recently.</summary>
        Valid,

        /// <summary>Headers absent or unreadable.</summary>
        Missing,

        /// <summary>Timestamp outside the five-minute window.</summary>
        Stale,

        /// <summary>Signature does not match.</summary>
        Forged,

        /// <summary>No signing secret configured: nothing is accepted.</summary>
        NotConfigured,
    }

    /// <summary>Checks a request's headers against its raw body.</summary>
    public Outcome Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return Outcome.NotConfigured;
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Outcome.Missing;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if (age.Duration() > Tolerance)
        {
            return Outcome.Stale;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? Outcome.Valid : Outcome.Forged;
    }

    /// <summary>The signature Slack would send for this body (also used by tests and the bench to sign requests).</summary>
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return "v0=" + Convert.ToHexStringLower(mac);
    }
}
