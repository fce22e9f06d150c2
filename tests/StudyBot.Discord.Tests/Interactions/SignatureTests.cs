using System.Text;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Tests.Interactions;

public sealed class SignatureTests
{
    private const string RfcPublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private const string RfcSignature = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    [Fact]
    public void Rfc8032Test1_Verifies()
    {
        var signature = new InteractionSignature(RfcPublicKey);

        Assert.True(signature.Verify(RfcSignature, string.Empty, []));
    }

    [Fact]
    public void Rfc8032Test1_WithAnyChange_DoesNotVerify()
    {
        var signature = new InteractionSignature(RfcPublicKey);

        Assert.False(signature.Verify(RfcSignature, "1", []));
        Assert.False(signature.Verify(RfcSignature[..^2] + "0c", string.Empty, []));
        Assert.False(signature.Verify("zz" + RfcSignature[2..], string.Empty, []));
        Assert.False(signature.Verify(null, string.Empty, []));
    }

    [Fact]
    public void FreshKeyPair_VerifiesTimestampPlusBody()
    {
        var keys = TestKeys.Create();
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");

        var signature = new InteractionSignature(keys.PublicKeyHex);

        Assert.True(signature.Verify(keys.Sign("1700000000", body), "1700000000", body));
        Assert.False(signature.Verify(keys.Sign("1700000000", body), "1700000001", body));
    }
}
