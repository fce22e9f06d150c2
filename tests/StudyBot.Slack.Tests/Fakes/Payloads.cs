using System.Text.Json.Nodes;

namespace StudyBot.Slack.Tests.Fakes;

/// <summary>Slack payloads shaped as in Slack's docs (field names and nesting), with test ids.</summary>
public static class Payloads
{
    public static JsonObject SlashCommand(string text, Uri responseUrl, string user = "U1", string channel = "C1", string trigger = "trig-1") => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = "T1",
        ["team_domain"] = "study",
        ["channel_id"] = channel,
        ["channel_name"] = "algo",
        ["user_id"] = user,
        ["user_name"] = "alice",
        ["command"] = "/study",
        ["text"] = text,
        ["api_app_id"] = "A1",
        ["response_url"] = responseUrl.ToString(),
        ["trigger_id"] = trigger,
    };

    public static string Form(JsonObject fields) =>
        string.Join('&', fields.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value?.ToString() ?? string.Empty)}"));

    public static JsonObject Envelope(string id, string type, JsonObject payload, bool acceptsResponse = true) => new()
    {
        ["envelope_id"] = id,
        ["type"] = type,
        ["accepts_response_payload"] = acceptsResponse,
        ["payload"] = payload,
    };

    public static JsonObject ButtonPress(string value, Uri responseUrl, string user = "U1", string trigger = "trig-2") => new()
    {
        ["type"] = "block_actions",
        ["team"] = new JsonObject { ["id"] = "T1", ["domain"] = "study" },
        ["user"] = new JsonObject { ["id"] = user, ["username"] = "alice", ["team_id"] = "T1" },
        ["api_app_id"] = "A1",
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000001", ["channel_id"] = "C1", ["is_ephemeral"] = false },
        ["trigger_id"] = trigger,
        ["channel"] = new JsonObject { ["id"] = "C1", ["name"] = "algo" },
        ["response_url"] = responseUrl.ToString(),
        ["actions"] = new JsonArray(new JsonObject
        {
            ["action_id"] = value,
            ["block_id"] = "b1",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Check in" },
            ["value"] = value,
            ["type"] = "button",
            ["action_ts"] = "1700000001.000001",
        }),
    };

    /// <summary>A view_submission of the modal StudyBot opened (its view JSON as sent to views.open, plus state).</summary>
    public static JsonObject Submission(JsonObject openedView, IReadOnlyDictionary<string, string> answers, string user = "U1")
    {
        var view = (JsonObject)openedView.DeepClone();
        view["id"] = "V1";
        var values = new JsonObject();
        foreach (var (block, answer) in answers)
        {
            values[block] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = answer } };
        }

        view["state"] = new JsonObject { ["values"] = values };
        return new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = "T1", ["domain"] = "study" },
            ["user"] = new JsonObject { ["id"] = user, ["username"] = "alice", ["team_id"] = "T1" },
            ["api_app_id"] = "A1",
            ["trigger_id"] = "trig-3",
            ["view"] = view,
        };
    }

    public static JsonObject AppMention(string eventId, string text = "<@UBOT> hi") => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = "T1",
        ["api_app_id"] = "A1",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1700000000,
        ["event"] = new JsonObject { ["type"] = "app_mention", ["user"] = "U1", ["text"] = text, ["ts"] = "1700000000.000100", ["channel"] = "C1", ["event_ts"] = "1700000000.000100" },
    };
}
