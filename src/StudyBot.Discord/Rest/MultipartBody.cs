using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Rest;

/// <summary>Builds a request body: plain JSON, or multipart with <c>payload_json</c> and <c>files[n]</c>.</summary>
internal static class MultipartBody
{
    public static HttpContent? Create(JsonNode? body, IReadOnlyList<ReplyAttachment>? files)
    {
        if (files is not { Count: > 0 })
        {
            return body is null ? null : Json(body);
        }

        var content = new MultipartFormDataContent();
        if (body is not null)
        {
            content.Add(Json(body), "payload_json");
        }

        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content);
            file.Headers.ContentType = new MediaTypeHeaderValue(files[i].ContentType);
            content.Add(file, $"files[{i}]", files[i].FileName);
        }

        return content;
    }

    private static StringContent Json(JsonNode body) =>
        new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
