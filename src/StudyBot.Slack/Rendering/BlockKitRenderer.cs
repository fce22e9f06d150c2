using System.Globalization;
using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;

namespace StudyBot.Slack.Rendering;

/// <summary>Renders a neutral <see cref="Reply"/> as a Slack message: fallback text plus Block Kit blocks within Slack's limits.</summary>
internal static class BlockKitRenderer
{
    /// <summary>The message payload (<c>text</c>, <c>blocks</c>) for chat.postMessage, response_url or an inline answer.</summary>
    public static JsonObject Message(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var actions = new List<JsonObject>();
        if (reply.Poll is { Closed: false } poll)
        {
            actions.AddRange(ActionBlocks(PollButtons(poll).ToList()));
        }

        actions.AddRange(ActionBlocks(reply.Buttons));
        var content = new List<JsonObject>();
        foreach (var piece in SlackText.Split(SlackText.Render(reply.Text, reply.MentionUserIds, reply.Ephemeral), BlockLimits.SectionText))
        {
            content.Add(Section(piece));
        }

        content.AddRange(FieldBlocks(reply));
        if (reply.Poll is { } asked)
        {
            // The reply's text asks the question; the answers and their counts follow, above the vote buttons.
            var answers = string.Join('\n', asked.NumberedAnswers());
            content.Add(Section(SlackText.Truncate(SlackText.Render(answers, reply.MentionUserIds, reply.Ephemeral), BlockLimits.SectionText)));
        }

        var room = BlockLimits.MessageBlocks - actions.Count;
        if (content.Count > room)
        {
            content = [.. content.Take(room - 1), Context("(shortened: the rest did not fit in one Slack message)")];
        }

        var blocks = new JsonArray([.. content.Concat(actions)]);
        return new JsonObject
        {
            ["text"] = SlackText.Truncate(SlackText.Escape(SlackText.Plain(reply.Text)), BlockLimits.FallbackText),
            ["blocks"] = blocks,
        };
    }

    /// <summary>A section with mrkdwn text; verbatim so Slack adds no links or mentions of its own to the text.</summary>
    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn, ["verbatim"] = true },
    };

    /// <summary>Plain text (no markup at all), cut to <paramref name="max"/>.</summary>
    public static JsonObject PlainText(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = text.Length <= max ? text : text[..(max - 1)] + "…",
        ["emoji"] = true,
    };

    private static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn, ["verbatim"] = true }),
    };

    private static IEnumerable<JsonObject> FieldBlocks(Reply reply)
    {
        var inline = new List<JsonNode>();
        foreach (var field in reply.Fields)
        {
            var text = SlackText.Truncate($"*{SlackText.Escape(SlackText.Plain(field.Name))}*\n{SlackText.Render(field.Value, reply.MentionUserIds, reply.Ephemeral)}", BlockLimits.FieldText);
            if (!field.Inline)
            {
                yield return Section(text);
                continue;
            }

            inline.Add(new JsonObject { ["type"] = "mrkdwn", ["text"] = text, ["verbatim"] = true });
            if (inline.Count == BlockLimits.SectionFields)
            {
                yield return new JsonObject { ["type"] = "section", ["fields"] = new JsonArray([.. inline]) };
                inline.Clear();
            }
        }

        if (inline.Count > 0)
        {
            yield return new JsonObject { ["type"] = "section", ["fields"] = new JsonArray([.. inline]) };
        }
    }

    // Slack has no native polls: each answer is a button whose press routes as pollvote:{poll}:{answer}:toggle; its
    // label is cut to Slack's button text limit by PlainText.
    private static IEnumerable<ReplyButton> PollButtons(ReplyPoll poll) =>
        poll.Answers.Select((answer, index) => new ReplyButton(
            $"{index + 1}. {SlackText.Plain(answer)}",
            string.Create(CultureInfo.InvariantCulture, $"pollvote:{poll.PollId}:{index}:toggle")));


    private static IEnumerable<JsonObject> ActionBlocks(IReadOnlyCollection<ReplyButton> buttons) =>
        buttons.Count == 0 ? [] : RenderButtons(buttons).Chunk(BlockLimits.ActionsElements)
            .Select(chunk => new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. chunk]) });

    private static IEnumerable<JsonNode> RenderButtons(IEnumerable<ReplyButton> buttons)
    {
        // action_id must be unique in a message; the neutral id travels in value, so a suffix is harmless.
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var button in buttons)
        {
            var actionId = button.ActionId.Length <= BlockLimits.ActionId - 4 ? button.ActionId : button.ActionId[..(BlockLimits.ActionId - 4)];
            for (var n = 2; !used.Add(actionId); n++)
            {
                actionId = string.Create(CultureInfo.InvariantCulture, $"{button.ActionId}#{n}");
            }

            var element = new JsonObject
            {
                ["type"] = "button",
                ["text"] = PlainText(SlackText.Plain(button.Label), BlockLimits.ButtonText),
                ["action_id"] = actionId,
                ["value"] = button.ActionId.Length <= BlockLimits.ButtonValue ? button.ActionId : button.ActionId[..BlockLimits.ButtonValue],
            };
            if (button.Style is ButtonStyle.Primary or ButtonStyle.Success)
            {
                element["style"] = "primary";
            }
            else if (button.Style == ButtonStyle.Danger)
            {
                element["style"] = "danger";
            }

            yield return element;
        }
    }
}
