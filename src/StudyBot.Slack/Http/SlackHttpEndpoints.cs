using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyBot.Commands.Intake;
using StudyBot.Slack.Api;
using StudyBot.Slack.Inbound;

namespace StudyBot.Slack.Http;

/// <summary>The three request URLs of HTTP mode. Every request is signature-checked before anything is read from it.</summary>
internal static partial class SlackHttpEndpoints
{
    // Slack's payloads are a few kilobytes; a cap keeps an unsigned flood from filling memory before the check.
    private const int MaxBody = 1 << 20;

    public static async Task<IResult> CommandsAsync(HttpContext http)
    {
        var receipt = http.RequestServices.GetRequiredService<CommandIntake>().Receive();
        var body = await ReadSignedAsync(http).ConfigureAwait(false);
        if (body.Rejection is { } rejected)
        {
            return rejected;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body.Bytes));
        if (form.TryGetValue("ssl_check", out var check) && check == "1")
        {
            return Results.Ok();
        }

        var command = SlashCommand.From(name => form.TryGetValue(name, out var v) ? v.ToString() : null);
        if (command is null)
        {
            return Results.BadRequest();
        }

        var answer = await http.RequestServices.GetRequiredService<SlashCommandHandler>().HandleAsync(command, canAnswerInline: true, receipt, http.RequestAborted).ConfigureAwait(false);
        return Answer(answer);
    }

    public static async Task<IResult> InteractionsAsync(HttpContext http)
    {
        var receipt = http.RequestServices.GetRequiredService<CommandIntake>().Receive();
        var body = await ReadSignedAsync(http).ConfigureAwait(false);
        if (body.Rejection is { } rejected)
        {
            return rejected;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body.Bytes));
        if (!form.TryGetValue("payload", out var payload) || !TryParse(payload.ToString(), out var json))
        {
            return Results.BadRequest();
        }

        var answer = await http.RequestServices.GetRequiredService<InteractionHandler>().HandleAsync(json, receipt, http.RequestAborted).ConfigureAwait(false);
        return Answer(answer);
    }

    public static async Task<IResult> EventsAsync(HttpContext http)
    {
        var body = await ReadSignedAsync(http).ConfigureAwait(false);
        if (body.Rejection is { } rejected)
        {
            return rejected;
        }

        if (!TryParse(Encoding.UTF8.GetString(body.Bytes), out var json))
        {
            return Results.BadRequest();
        }

        switch (SlackWebApi.Text(json, "type"))
        {
            case "url_verification":
                return Answer(new JsonObject { ["challenge"] = SlackWebApi.Text(json, "challenge") ?? string.Empty });
            case "event_callback":
                var retry = int.TryParse(http.Request.Headers["X-Slack-Retry-Num"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
                http.RequestServices.GetRequiredService<SlackEventDispatcher>().Accept(json, retry);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    private static async Task<(byte[] Bytes, IResult? Rejection)> ReadSignedAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBody)
        {
            return ([], Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBody)
            {
                return ([], Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        var verifier = http.RequestServices.GetRequiredService<SlackSignatureVerifier>();
        var outcome = verifier.Verify(http.Request.Headers["X-Slack-Request-Timestamp"], http.Request.Headers["X-Slack-Signature"], bytes);
        if (outcome == SlackSignatureVerifier.Outcome.Valid)
        {
            return (bytes, null);
        }

        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("StudyBot.Slack.Http");
        LogRejected(logger, http.Request.Path, outcome);
        return ([], Results.Unauthorized());
    }

    private static bool TryParse(string text, out JsonElement json)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            json = document.RootElement.Clone();
            return json.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            json = default;
            return false;
        }
    }

    private static IResult Answer(JsonObject? body) =>
        body is null ? Results.Ok() : Results.Text(body.ToJsonString(), "application/json", Encoding.UTF8);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request to {Path}: signature {Outcome}")]
    private static partial void LogRejected(ILogger logger, PathString path, SlackSignatureVerifier.Outcome outcome);
}
