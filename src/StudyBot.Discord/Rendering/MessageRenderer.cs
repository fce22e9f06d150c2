using System.Globalization;
using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Rendering;

/// <summary>
/// Renders a neutral <see cref="Reply"/> as a Discord message body: content, an embed for fields or
/// long text, buttons in action rows, a native poll where it fits, attachments, and
/// <c>allowed_mentions</c> that pings only the users the reply names.
/// </summary>
internal static class MessageRenderer
{
    public const int EphemeralFlag = 1 << 6;
    private const int MaxRows = 5;
    private const int ButtonsPerRow = 5;

    /// <param name="reply">What to render.</param>
    /// <param name="forInteraction">Ephemeral replies exist only as interaction responses.</param>
    public static RenderedMessage Render(Reply reply, bool forInteraction)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var body = new JsonObject();

        // A native poll lists its answers and count itself; otherwise the message does, above the vote buttons.
        var answers = reply.Poll is { } listed && !NativePoll.Fits(listed) ? "\n" + string.Join('\n', listed.NumberedAnswers()) : string.Empty;
        var text = DiscordText.Render(reply.Text + answers);
        var embed = new JsonObject();
        if (text.Length > DiscordText.MaxContent)
        {
            embed["description"] = DiscordText.Truncate(text, DiscordText.MaxEmbedDescription);
        }
        else if (text.Length > 0)
        {
            body["content"] = text;
        }

        if (reply.Fields.Count > 0)
        {
            embed["fields"] = new JsonArray(reply.Fields.Take(25).Select(Field).ToArray<JsonNode?>());
        }

        if (embed.Count > 0)
        {
            body["embeds"] = new JsonArray(embed);
        }

        long? nativePoll = null;
        var buttons = reply.Buttons;
        if (reply.Poll is { } poll)
        {
            if (NativePoll.Fits(poll))
            {
                body["poll"] = Poll(poll);
                nativePoll = poll.PollId;
            }
            else if (!poll.Closed)
            {
                // Anonymous, hidden-results or oversized polls vote through buttons (labels are cut to fit in Rows).
                buttons = [.. VoteButtons(poll), .. buttons];
            }
        }

        if (Rows(buttons) is { Count: > 0 } rows)
        {
            body["components"] = rows;
        }

        if (reply.Attachments.Count > 0)
        {
            body["attachments"] = new JsonArray(reply.Attachments.Take(10)
                .Select((a, i) => (JsonNode?)new JsonObject { ["id"] = i.ToString(CultureInfo.InvariantCulture), ["filename"] = a.FileName })
                .ToArray());
        }

        if (forInteraction && reply.Ephemeral)
        {
            body["flags"] = EphemeralFlag;
        }

        body["allowed_mentions"] = AllowedMentions(reply.MentionUserIds);
        if (body["content"] is null && body["embeds"] is null && body["poll"] is null && reply.Attachments.Count == 0)
        {
            // Discord refuses an empty message; a zero-width space keeps buttons-only replies valid.
            body["content"] = "\u200B";
        }

        return new RenderedMessage(body, reply.Attachments.Take(10).ToList(), nativePoll);
    }

    /// <summary>Only the listed users may be pinged; never @everyone, @here or roles.</summary>
    public static JsonObject AllowedMentions(IReadOnlyList<string> userIds) => new()
    {
        ["parse"] = new JsonArray(),
        ["users"] = new JsonArray(userIds.Where(DiscordText.IsSnowflake).Distinct(StringComparer.Ordinal).Take(100).Select(id => (JsonNode?)id).ToArray()),
    };

    private static JsonObject Field(ReplyField field) => new()
    {
        ["name"] = DiscordText.Truncate(NonEmpty(DiscordText.Render(field.Name)), 256),
        ["value"] = DiscordText.Truncate(NonEmpty(DiscordText.Render(field.Value)), 1024),
        ["inline"] = field.Inline,
    };

    /// <summary>
    /// The body of an edit (PATCH) of a message posted from an earlier version of <paramref name="reply"/>: text, fields
    /// and buttons, each sent even when empty so what the reply no longer has goes away. Never a nonce or a poll (native
    /// polls cannot be edited), and the message keeps its files.
    /// </summary>
    public static JsonObject Edit(Reply reply)
    {
        var body = Render(reply, forInteraction: false).Body;
        body.Remove("poll");
        body.Remove("attachments");
        body["content"] ??= string.Empty;
        body["embeds"] ??= new JsonArray();
        body["components"] ??= new JsonArray();
        return body;
    }

    // Answers fit (NativePoll.Fits checked their length), so nothing is cut here.
    private static JsonObject Poll(ReplyPoll poll) => new()
    {
        ["question"] = new JsonObject { ["text"] = DiscordText.Truncate(RichText.ToPlain(poll.Question), 300) },
        ["answers"] = new JsonArray(poll.Answers
            .Select(a => (JsonNode?)new JsonObject { ["poll_media"] = new JsonObject { ["text"] = RichText.ToPlain(a) } })
            .ToArray()),
        ["duration"] = Math.Clamp(poll.DurationHours, 1, 768),
        ["allow_multiselect"] = poll.AllowMultiple,
        ["layout_type"] = 1,
    };

    // One button per answer (pressed again, it takes the vote back); the index is 0-based like ReplyPoll.Answers.
    private static IEnumerable<ReplyButton> VoteButtons(ReplyPoll poll) =>
        poll.Answers.Select((answer, i) => new ReplyButton(answer, string.Create(CultureInfo.InvariantCulture, $"pollvote:{poll.PollId}:{i}:toggle")));

    private static JsonArray? Rows(IReadOnlyList<ReplyButton> buttons)
    {
        var rendered = buttons
            .Select(b => (Button: b, Id: CustomIds.Wrap(b.ActionId)))
            .Where(b => b.Id is not null)
            .Take(MaxRows * ButtonsPerRow)
            .Select(b => (JsonNode?)new JsonObject
            {
                ["type"] = 2,
                ["style"] = Style(b.Button.Style),
                ["label"] = DiscordText.Truncate(NonEmpty(RichText.ToPlain(b.Button.Label)), 80),
                ["custom_id"] = b.Id,
            })
            .ToList();
        return rendered.Count == 0
            ? null
            : new JsonArray(rendered.Chunk(ButtonsPerRow).Select(row => (JsonNode?)new JsonObject { ["type"] = 1, ["components"] = new JsonArray(row) }).ToArray());
    }

    private static int Style(ButtonStyle style) => style switch
    {
        ButtonStyle.Primary => 1,
        ButtonStyle.Success => 3,
        ButtonStyle.Danger => 4,
        _ => 2,
    };

    private static string NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? "\u200B" : text;
}
