using System.Text.Json;

namespace StudyBot.Slack.Rendering;

/// <summary>What a modal carries in <c>private_metadata</c>: where it was opened, so the submission's answer lands there.</summary>
/// <param name="ChannelId">Channel the command or button was used in.</param>
/// <param name="ChannelName">Its name.</param>
internal sealed record FormMetadata(string ChannelId, string ChannelName)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static FormMetadata? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<FormMetadata>(text, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
