using NSec.Cryptography;

namespace StudyBot.Discord.Interactions;

/// <summary>Checks Discord's Ed25519 signature over <c>X-Signature-Timestamp + raw body</c>.</summary>
internal sealed class InteractionSignature
{
    private readonly PublicKey? _key;

    public InteractionSignature(string? publicKeyHex)
    {
        if (!string.IsNullOrWhiteSpace(publicKeyHex))
        {
            _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
        }
    }

    public bool IsConfigured => _key is not null;

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_key is null || timestamp is null || signatureHex is not { Length: 128 })
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[64];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != System.Buffers.OperationStatus.Done || written != 64)
        {
            return false;
        }

        var timestampBytes = System.Text.Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[timestampBytes.Length + body.Length];
        timestampBytes.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(timestampBytes.Length));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }
}
