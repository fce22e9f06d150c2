using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Commands.Intake;

namespace StudyBot.Discord.Interactions;

/// <summary>
/// <c>POST /discord/interactions</c>: verifies the signature (401 otherwise, which Discord tests on
/// purpose), answers PING, and answers everything else inline within the ack deadline.
/// </summary>
internal sealed partial class InteractionEndpoint(
    InteractionSignature signature,
    InteractionProcessor processor,
    CommandIntake intake,
    IHostApplicationLifetime? lifetime,
    ILogger<InteractionEndpoint> logger)
{
    private const int MaxBodyBytes = 1 << 20;

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var receipt = intake.Receive();   // Discord's 3 s started before the body was even read
        if (!signature.IsConfigured)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var body = await ReadBodyAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        var timestamp = http.Request.Headers["X-Signature-Timestamp"].ToString();
        if (body is null || timestamp.Length == 0 || !signature.Verify(http.Request.Headers["X-Signature-Ed25519"], timestamp, body))
        {
            LogBadSignature(logger);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        JsonElement interaction;
        try
        {
            using var document = JsonDocument.Parse(body);
            interaction = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // The work outlives this request when deferred, so it follows the host's lifetime, not the request's.
        var responder = new HttpInteractionResponder();
        var stopping = lifetime?.ApplicationStopping ?? CancellationToken.None;
        _ = Task.Run(() => RunAsync(interaction, responder, receipt, stopping), stopping);
        System.Text.Json.Nodes.JsonObject callback;
        try
        {
            callback = await responder.Response.WaitAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(callback.ToJsonString(), http.RequestAborted).ConfigureAwait(false);
    }

    private async Task RunAsync(JsonElement interaction, HttpInteractionResponder responder, Receipt receipt, CancellationToken cancellationToken)
    {
        try
        {
            await processor.ProcessAsync(interaction, responder, receipt, cancellationToken).ConfigureAwait(false);
            responder.Fail(new InvalidOperationException("The interaction was not answered (a repeat or an unknown type)."));
        }
#pragma warning disable CA1031 // The waiting request must end whatever happened.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex);
            responder.Fail(new InvalidOperationException("The interaction failed.", ex));
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rejected an interactions request with a missing or bad signature")]
    private static partial void LogBadSignature(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling an HTTP interaction failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
