using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Tests.Support;

/// <summary>Assertions on replies shared by the command tests.</summary>
internal static class ReplyAssert
{
    /// <summary>The reply is a private error whose text contains every expected part.</summary>
    public static void IsEphemeralError(Reply reply, params string[] expectedParts)
    {
        Assert.True(reply.IsError, $"Expected an error but got: {reply.Text}");
        Assert.True(reply.Ephemeral, $"Errors must be ephemeral: {reply.Text}");
        foreach (var part in expectedParts)
        {
            Assert.Contains(part, reply.Text, StringComparison.Ordinal);
        }
    }

    /// <summary>The reply reports success.</summary>
    public static void IsSuccess(Reply reply)
    {
        Assert.False(reply.IsError, $"Expected success but got: {reply.Text}");
    }

    /// <summary>The reply text and its fields as the console would show them, tokens rendered plainly.</summary>
    public static string Plain(Reply reply) =>
        string.Join('\n', new[] { RichText.ToPlain(reply.Text) }.Concat(reply.Fields.Select(f => $"{f.Name}: {RichText.ToPlain(f.Value)}")));
}
