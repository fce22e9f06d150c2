using System.Text.Json;
using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;

namespace StudyBot.Slack.Rendering;

/// <summary>Renders a neutral <see cref="FormRequest"/> as a Slack modal, and reads a submission back.</summary>
internal static class ModalRenderer
{
    private const string InputActionId = "value";

    /// <summary>The view for views.open; the form id is the callback_id, so the submission routes back to it.</summary>
    public static JsonObject View(FormRequest form, FormMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(metadata);
        var blocks = new JsonArray();
        foreach (var field in form.Fields.Take(BlockLimits.ModalBlocks))
        {
            var element = new JsonObject
            {
                ["type"] = "plain_text_input",
                ["action_id"] = InputActionId,
                ["multiline"] = field.MultiLine,
                ["max_length"] = Math.Clamp(field.MaxLength, 1, BlockLimits.InputMaxLength),
            };
            if (!string.IsNullOrWhiteSpace(field.Placeholder))
            {
                element["placeholder"] = BlockKitRenderer.PlainText(SlackText.Plain(field.Placeholder), BlockLimits.Placeholder);
            }

            if (!string.IsNullOrEmpty(field.Value))
            {
                element["initial_value"] = field.Value.Length > BlockLimits.InputMaxLength ? field.Value[..BlockLimits.InputMaxLength] : field.Value;
            }

            blocks.Add(new JsonObject
            {
                ["type"] = "input",
                ["block_id"] = field.Id,
                ["optional"] = !field.Required,
                ["label"] = BlockKitRenderer.PlainText(SlackText.Plain(field.Label), BlockLimits.InputLabel),
                ["element"] = element,
            });
        }

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = form.FormId,
            ["title"] = BlockKitRenderer.PlainText(SlackText.Plain(form.Title), BlockLimits.ModalTitle),
            ["submit"] = BlockKitRenderer.PlainText("Submit", BlockLimits.ModalTitle),
            ["close"] = BlockKitRenderer.PlainText("Cancel", BlockLimits.ModalTitle),
            ["private_metadata"] = metadata.Serialize(),
            ["blocks"] = blocks,
        };
    }

    /// <summary>The submitted values by field id, from <c>view.state.values</c>; empty optional inputs are left out.</summary>
    public static Dictionary<string, string> Values(JsonElement view)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!view.TryGetProperty("state", out var state) || !state.TryGetProperty("values", out var blocks) || blocks.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        foreach (var block in blocks.EnumerateObject())
        {
            if (block.Value.TryGetProperty(InputActionId, out var input)
                && input.TryGetProperty("value", out var value)
                && value.ValueKind == JsonValueKind.String)
            {
                values[block.Name] = value.GetString()!;
            }
        }

        return values;
    }

    /// <summary>A <c>response_action: errors</c> answer that shows <paramref name="message"/> under the form's first input.</summary>
    public static JsonObject Errors(JsonElement view, string message)
    {
        var first = view.TryGetProperty("blocks", out var blocks) && blocks.ValueKind == JsonValueKind.Array
            ? blocks.EnumerateArray().Select(b => b.TryGetProperty("block_id", out var id) ? id.GetString() : null).FirstOrDefault(id => id is not null)
            : null;
        return new JsonObject
        {
            ["response_action"] = "errors",
            ["errors"] = new JsonObject { [first ?? "value"] = SlackText.Plain(message) },
        };
    }
}
