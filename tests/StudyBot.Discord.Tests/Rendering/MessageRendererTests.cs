using StudyBot.Core.Messaging;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Rendering;

public sealed class MessageRendererTests
{
    [Fact]
    public void Buttons_FillRowsOfFiveWithVersionedCustomIds()
    {
        var buttons = Enumerable.Range(0, 7).Select(i => new ReplyButton($"Option {i}", $"rsvp:{i}:going", ButtonStyle.Success)).ToList();

        var body = MessageRenderer.Render(new Reply { Text = "RSVP", Buttons = buttons }, forInteraction: false).Body;

        var rows = body["components"]!.AsArray();
        Assert.Equal(2, rows.Count);
        Assert.Equal(5, rows[0]!["components"]!.AsArray().Count);
        Assert.Equal("sb1:rsvp:6:going", rows[1]!["components"]![1]!["custom_id"]!.GetValue<string>());
        Assert.Equal(3, rows[0]!["components"]![0]!["style"]!.GetValue<int>());
    }

    [Fact]
    public void LongestActionId_FitsDiscordsCustomIdLimit()
    {
        var actionId = new string('a', ReplyButton.MaxActionIdLength);

        var customId = CustomIds.Wrap(actionId);

        Assert.NotNull(customId);
        Assert.True(customId.Length <= 100);
        Assert.Equal(actionId, CustomIds.Unwrap(customId));
    }

    [Fact]
    public void TextLongerThanContentLimit_MovesToEmbed_AndFieldsBecomeEmbedFields()
    {
        var reply = new Reply { Text = new string('x', 2500), Fields = [new ReplyField("When", RichText.Timestamp(1795000000, "Tue"), Inline: true)] };

        var body = MessageRenderer.Render(reply, forInteraction: true).Body;

        Assert.Null(body["content"]);
        var embed = body["embeds"]![0]!;
        Assert.Equal(2500, embed["description"]!.GetValue<string>().Length);
        Assert.Equal("Tue (your time: <t:1795000000:F>)", embed["fields"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void EphemeralFlag_OnlyForInteractions()
    {
        Assert.Equal(64, MessageRenderer.Render(Reply.Error("no"), forInteraction: true).Body["flags"]!.GetValue<int>());
        Assert.Null(MessageRenderer.Render(Reply.Error("no"), forInteraction: false).Body["flags"]);
    }

    [Fact]
    public void OpenApiValidator_CatchesABodyThatBreaksTheSpec()
    {
        var bad = new RecordedRequest("POST", "/channels/300/messages", string.Empty, new Dictionary<string, string>(), "application/json", [], $$"""{"content":"{{new string('x', 2001)}}","nonce":"{{new string('n', 30)}}"}""", []);

        Assert.NotEmpty(OpenApiValidator.Validate(bad));
    }
}
