using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyBot.Charts;
using StudyBot.Commands;
using StudyBot.Persistence;

namespace StudyBot.Slack.Bench;

/// <summary>
/// StudyBot in HTTP mode on 127.0.0.1 over a fresh SQLite file, composed as the host composes it, plus a minimal
/// Slack (users.info and response_url) on another loopback port so no request leaves the machine.
/// </summary>
internal sealed class BenchTarget : IAsyncDisposable
{
    public const string SigningSecret = "bench-signing-secret";
    private readonly WebApplication _studyBot;
    private readonly WebApplication _slack;
    private readonly string _folder;

    private BenchTarget(WebApplication studyBot, WebApplication slack, string folder)
    {
        _studyBot = studyBot;
        _slack = slack;
        _folder = folder;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri HookUrl { get; private set; } = null!;

    public static async Task<BenchTarget> StartAsync()
    {
        var slack = Slim();
        slack.MapPost("/api/users.info", (HttpContext http) => Results.Text("""{"ok":true,"user":{"id":"U1","name":"bench","tz":"Europe/Berlin","is_admin":false,"profile":{"display_name":"Bench"}}}""", "application/json"));
        slack.MapPost("/hooks/late", () => Results.Ok());
        await slack.StartAsync().ConfigureAwait(false);
        var slackBase = slack.Urls.Single() + "/";

        var folder = Path.Combine(Path.GetTempPath(), "studybot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Error);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")}",
            ["Slack:BotToken"] = "xoxb-bench",
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:ApiBaseUrl"] = slackBase + "api/",
        });
        builder.Services.AddStudyBotPersistence(builder.Configuration);
        builder.Services.AddStudyBotCommands();
        builder.Services.AddStudyBotCharts();
        builder.Services.AddSlackAdapter(builder.Configuration);
        var studyBot = builder.Build();
        studyBot.MapSlackEndpoints();
        await studyBot.StartAsync().ConfigureAwait(false);
        return new BenchTarget(studyBot, slack, folder)
        {
            BaseAddress = new Uri(studyBot.Urls.Single() + "/"),
            HookUrl = new Uri(slackBase + "hooks/late"),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _studyBot.StopAsync().ConfigureAwait(false);
        await _studyBot.DisposeAsync().ConfigureAwait(false);
        await _slack.StopAsync().ConfigureAwait(false);
        await _slack.DisposeAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }

    private static WebApplication Slim()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder.Build();
    }
}
