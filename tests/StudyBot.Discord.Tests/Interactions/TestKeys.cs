using System.Text;
using NSec.Cryptography;

namespace StudyBot.Discord.Tests.Interactions;

/// <summary>A freshly generated Ed25519 key pair that signs like Discord does.</summary>
public sealed class TestKeys
{
    private readonly Key _key;

    private TestKeys(Key key) => _key = key;

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public static TestKeys Create() =>
        new(Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.None }));

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));
}
