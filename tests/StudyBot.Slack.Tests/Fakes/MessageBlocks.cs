using System.Text.Json;
using System.Text.Json.Nodes;

namespace StudyBot.Slack.Tests.Fakes;

/// <summary>Reads the blocks of a message StudyBot sent (blocks arrive as JSON text in form posts).</summary>
internal static class MessageBlocks
{
    /// <summary>The mrkdwn of the first block, where mentions and links are.</summary>
    public static string FirstText(JsonNode message) => Blocks(message)[0]!["text"]!["text"]!.GetValue<string>();

    /// <summary>The blocks, which arrive as JSON text in form posts and as an array in JSON bodies.</summary>
    public static JsonArray Blocks(JsonNode message)
    {
        var blocks = message["blocks"]!;
        return (blocks.GetValueKind() == JsonValueKind.String ? JsonNode.Parse(blocks.GetValue<string>())! : blocks).AsArray();
    }

    /// <summary>The values of the message's buttons, in order.</summary>
    public static List<string> ButtonValues(JsonNode message) =>
        Blocks(message).Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray()).Select(e => e!["value"]!.GetValue<string>()).ToList();
}
