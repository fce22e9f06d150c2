using System.Text.Json;
using System.Text.Json.Nodes;

namespace StudyBot.Slack.Tests.Fakes;

/// <summary>Reads the blocks of a message StudyBot sent (blocks arrive as JSON text in form posts).</summary>
internal static class MessageBlocks
{
    /// <summary>The mrkdwn of the first block, where mentions and links are.</summary>
    public static string FirstText(JsonNode message)
    {
        var blocks = message["blocks"]!;
        var parsed = blocks.GetValueKind() == JsonValueKind.String ? JsonNode.Parse(blocks.GetValue<string>())! : blocks;
        return parsed[0]!["text"]!["text"]!.GetValue<string>();
    }
}
