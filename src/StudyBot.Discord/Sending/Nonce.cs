using System.Security.Cryptography;
using System.Text;

namespace StudyBot.Discord.Sending;

/// <summary>
/// A message nonce derived from the outbox's idempotency key: with <c>enforce_nonce</c>, Discord returns
/// the earlier message instead of posting twice when a retry after a crash repeats the send.
/// </summary>
internal static class Nonce
{
    /// <summary>Discord accepts nonces of at most 25 characters.</summary>
    public const int MaxLength = 25;

    public static string From(string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..MaxLength];
    }
}
