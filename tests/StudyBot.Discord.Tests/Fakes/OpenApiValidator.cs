using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>
/// Validates request bodies against the request schemas of Discord's own OpenAPI 3.1 spec
/// (reference/discord/openapi.json), matched by method and path template.
/// </summary>
public static class OpenApiValidator
{
    private static readonly Lazy<JsonObject> Spec = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fakes", "openapi.json")))!.AsObject());

    private static readonly Lazy<string> Definitions = new(() =>
        ConstToEnum(Spec.Value["components"]!["schemas"]!.DeepClone()).ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal));

    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema?>> Schemas = new();

    public static IEnumerable<string> Validate(RecordedRequest request)
    {
        if (request.JsonBody is null)
        {
            return [];
        }

        var template = FindTemplate(request.Method, request.Path);
        if (template is null)
        {
            return [$"no path in the OpenAPI spec matches {request.Method} {request.Path}"];
        }

        var schema = Schemas.GetOrAdd($"{request.Method} {template}", _ => new Lazy<JsonSchema?>(() => Load(request.Method, template))).Value;
        if (schema is null)
        {
            return [$"the spec has no JSON request body for {request.Method} {template}"];
        }

        return schema.Validate(request.JsonBody).Select(e => $"{e.Path}: {e.Kind} {e}").ToList();
    }

    private static string? FindTemplate(string method, string path)
    {
        var paths = Spec.Value["paths"]!.AsObject();
        return paths
            .Where(p => p.Value![method.ToLowerInvariant()] is not null)
            .Select(p => p.Key)
            .Where(t => Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(t), @"\\\{[^}]+}", "[^/]+") + "$"))
            .OrderBy(t => t.Count(c => c == '{'))
            .FirstOrDefault();
    }

    private static JsonSchema? Load(string method, string template)
    {
        var operation = Spec.Value["paths"]![template]![method.ToLowerInvariant()]!;
        var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
        if (schema is null)
        {
            return null;
        }

        var text = ConstToEnum(schema.DeepClone()).ToJsonString().Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
        var root = JsonNode.Parse(text)!.AsObject();
        root["definitions"] = JsonNode.Parse(Definitions.Value);
        return JsonSchema.FromJsonAsync(root.ToJsonString()).GetAwaiter().GetResult();
    }

    // NJsonSchema reads draft 4 to 7 but not 2020-12's "const"; an enum of one value means the same.
    private static JsonNode ConstToEnum(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj["const"] is { } value)
            {
                obj.Remove("const");
                obj["enum"] = new JsonArray(value.DeepClone());
            }

            foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>().ToList())
            {
                ConstToEnum(child);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>().ToList())
            {
                ConstToEnum(child);
            }
        }

        return node;
    }
}
