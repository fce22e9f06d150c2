using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Configuration;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Interactions;

public sealed class HttpEndpointTests : IAsyncLifetime
{
    private readonly TestKeys _keys = TestKeys.Create();
    private readonly HttpClient _client = new();
    private DiscordTestHost _host = null!;
    private WebApplication _app = null!;
    private Uri _endpoint = null!;

    public async Task InitializeAsync()
    {
        _host = await DiscordTestHost.CreateAsync(new() { ["Discord:PublicKey"] = _keys.PublicKeyHex });
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();

        // The adapter's services live in the harness; the endpoint resolves them per request.
        _app.Use((http, next) =>
        {
            http.RequestServices = _host.Services;
            return next(http);
        });
        _app.MapDiscordInteractions();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _endpoint = new Uri(new Uri(address), DiscordEndpointRouteBuilderExtensions.InteractionsPath);
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _host.DisposeAsync();
        _client.Dispose();
    }

    [Fact]
    public async Task SignedPing_GetsPong()
    {
        using var response = await PostAsync("""{"id":"1","application_id":"100","type":1,"token":"t","version":1}""", sign: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BadSignature_Gets401()
    {
        using var response = await PostAsync("""{"type":1}""", sign: true, tamper: true);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task MissingSignature_Gets401()
    {
        using var response = await PostAsync("""{"type":1}""", sign: false);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignedCommand_IsAnsweredInline()
    {
        var command = Payloads.Command("31", "group", Payloads.Subcommand("create", Payloads.Option("name", 3, "Night Owls")));

        using var response = await PostAsync(command.ToJsonString(), sign: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Contains("Night Owls", body.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Server.Requests, r => r.Path.StartsWith("/interactions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignedCommandWithFile_IsDeferredInlineThenUploadedByEdit()
    {
        using var response = await PostAsync(Payloads.Command("32", "export").ToJsonString(), sign: true);

        Assert.Equal("""{"type":5}""", await response.Content.ReadAsStringAsync());
        var edit = await _host.Server.WaitForRequestAsync(r => r.Method == "PATCH");
        Assert.Equal("/webhooks/100/itoken-32/messages/@original", edit.Path);
        Assert.Equal(["files[0]=meetings.ics"], edit.FileNames);
        _host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SignedPrivateCommandWithFile_IsDeferredPrivatelyThenUploadedByEdit()
    {
        using var response = await PostAsync(Payloads.Command("33", "export", [Payloads.Option("private", 5, true)]).ToJsonString(), sign: true);

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", await response.Content.ReadAsStringAsync());
        var edit = await _host.Server.WaitForRequestAsync(r => r.Method == "PATCH");
        Assert.Equal("/webhooks/100/itoken-33/messages/@original", edit.Path);
        Assert.Equal(["files[0]=meetings.ics"], edit.FileNames);
        Assert.Equal(["PATCH /webhooks/100/itoken-33/messages/@original"], InteractionRequests.Lines(InteractionRequests.Of(_host.Server, "33")));
        _host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SlowPrivateCommand_IsDeferredPrivatelyInlineThenOriginalResponseEdited()
    {
        var deferral = await DeferAsync(Payloads.Command("34", "slow", [Payloads.Option("private", 5, true)]));
        _host.Signals.SlowGate.SetResult();
        var edit = await _host.Server.WaitForRequestAsync(r => r.Method == "PATCH");

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", deferral);
        Assert.Equal("/webhooks/100/itoken-34/messages/@original", edit.Path);
        Assert.Equal("done quietly", edit.Json.GetProperty("content").GetString());
        Assert.Equal(["PATCH /webhooks/100/itoken-34/messages/@original"], InteractionRequests.Lines(InteractionRequests.Of(_host.Server, "34")));
        _host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SlowPublicCommandFailing_ResolvesThePublicDeferralNeutrallyThenAnswersPrivately()
    {
        var deferral = await DeferAsync(Payloads.Command("35", "slow", [Payloads.Option("answer", 3, "error")]));
        _host.Signals.SlowGate.SetResult();
        await _host.Server.WaitForRequestAsync(r => r.Method == "DELETE");

        Assert.Equal("""{"type":5}""", deferral);
        var requests = InteractionRequests.Of(_host.Server, "35");
        Assert.Equal(
            [
                "PATCH /webhooks/100/itoken-35/messages/@original",
                "POST /webhooks/100/itoken-35",
                "DELETE /webhooks/100/itoken-35/messages/@original",
            ],
            InteractionRequests.Lines(requests));
        Assert.Equal("Answered privately.", requests[0].Json.GetProperty("content").GetString());
        Assert.Equal(SlowCommand.ErrorText, requests[1].Json.GetProperty("content").GetString());
        Assert.Equal(64, requests[1].Json.GetProperty("flags").GetInt32());
        Assert.Equal([requests[1]], requests.Where(r => r.JsonBody?.Contains("Secret trouble", StringComparison.Ordinal) == true));
        _host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SlowPrivateDeferral_WhoseReplyIsPublic_EndsAsPublicFollowUp()
    {
        var deferral = await DeferAsync(Payloads.Command("36", "slow", [Payloads.Option("private", 5, true), Payloads.Option("answer", 3, "public")]));
        _host.Signals.SlowGate.SetResult();
        await _host.Server.WaitForRequestAsync(r => r.Method == "POST" && r.Path == "/webhooks/100/itoken-36");

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", deferral);
        var requests = InteractionRequests.Of(_host.Server, "36");
        Assert.Equal(
            ["PATCH /webhooks/100/itoken-36/messages/@original", "POST /webhooks/100/itoken-36"],
            InteractionRequests.Lines(requests));
        Assert.Equal("Posted in the channel.", requests[0].Json.GetProperty("content").GetString());
        Assert.Equal("done at last", requests[1].Json.GetProperty("content").GetString());
        Assert.False(requests[1].Json.TryGetProperty("flags", out _));
        _host.AssertRequestsMatchOpenApi();
    }

    /// <summary>Posts a signed interaction, lets the ack deadline pass on the fake clock and returns the inline answer.</summary>
    private async Task<string> DeferAsync(JsonObject interaction)
    {
        var posting = PostAsync(interaction.ToJsonString(), sign: true);
        await _host.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2));
        _host.Time.Advance(TimeSpan.FromSeconds(2));
        using var response = await posting;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> PostAsync(string json, bool sign, bool tamper = false)
    {
        var body = Encoding.UTF8.GetBytes(json);
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (sign)
        {
            var signature = _keys.Sign("1700000000", body);
            request.Headers.Add("X-Signature-Ed25519", tamper ? signature[..^2] + (signature[^2..] == "00" ? "01" : "00") : signature);
            request.Headers.Add("X-Signature-Timestamp", "1700000000");
        }

        return await _client.SendAsync(request);
    }
}
