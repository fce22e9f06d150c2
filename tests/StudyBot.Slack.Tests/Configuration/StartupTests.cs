using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StudyBot.Charts;
using StudyBot.Commands;
using StudyBot.Slack.SocketMode;

namespace StudyBot.Slack.Tests.Configuration;

public sealed class StartupTests
{
    [Fact]
    public async Task BotTokenWithoutAppTokenOrSigningSecret_FailsAtStartWithOneLine()
    {
        using var host = Build(new() { ["Slack:BotToken"] = "xoxb-1" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal("Slack:BotToken is set but neither Slack:AppToken (Socket Mode) nor Slack:SigningSecret (HTTP mode) is: set one of them (see docs/slack.md).", failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public async Task WrongKindOfAppToken_FailsAtStart()
    {
        using var host = Build(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xoxb-2" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.StartsWith("Slack:AppToken must be an app-level token (xapp-...)", failure.Message);
    }

    [Fact]
    public void SocketMode_RunsOnlyWhenAnAppTokenIsSet()
    {
        using var http = Build(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:SigningSecret"] = "s" });
        using var socket = Build(new() { ["Slack:BotToken"] = "xoxb-1", ["Slack:AppToken"] = "xapp-1" });

        Assert.DoesNotContain(http.Services.GetServices<IHostedService>(), s => s is SocketModeService);
        Assert.Contains(socket.Services.GetServices<IHostedService>(), s => s is SocketModeService);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddStudyBotCommands();
        builder.Services.AddStudyBotCharts();
        builder.Services.AddSlackAdapter(builder.Configuration);
        return builder.Build();
    }
}
