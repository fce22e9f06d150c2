using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Rendering;

/// <summary>Renders a neutral form as a MODAL interaction callback (type 9) with one text input per row.</summary>
internal static class ModalRenderer
{
    public const int ModalCallback = 9;

    /// <summary>The callback, or null when the form id cannot be wrapped in a custom_id.</summary>
    public static JsonObject? Render(FormRequest form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var customId = CustomIds.Wrap(form.FormId);
        if (customId is null || form.Fields.Count == 0)
        {
            return null;
        }

        var rows = form.Fields.Take(5).Select(field => (JsonNode?)new JsonObject
        {
            ["type"] = 1,
            ["components"] = new JsonArray(Input(field)),
        });
        return new JsonObject
        {
            ["type"] = ModalCallback,
            ["data"] = new JsonObject
            {
                ["custom_id"] = customId,
                ["title"] = DiscordText.Truncate(RichText.ToPlain(form.Title), 45),
                ["components"] = new JsonArray(rows.ToArray()),
            },
        };
    }

    private static JsonObject Input(FormField field)
    {
        var input = new JsonObject
        {
            ["type"] = 4,
            ["custom_id"] = field.Id,
            ["style"] = field.MultiLine ? 2 : 1,
            ["label"] = DiscordText.Truncate(field.Label, 45),
            ["required"] = field.Required,
            ["max_length"] = Math.Clamp(field.MaxLength, 1, 4000),
        };
        if (field.Placeholder is { Length: > 0 } placeholder)
        {
            input["placeholder"] = DiscordText.Truncate(placeholder, 100);
        }

        if (field.Value is { Length: > 0 } value)
        {
            input["value"] = DiscordText.Truncate(value, Math.Clamp(field.MaxLength, 1, 4000));
        }

        return input;
    }
}
