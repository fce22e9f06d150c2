using Microsoft.Extensions.Configuration;

namespace StudyBot.Host;

/// <summary>
/// Which adapters run: Discord and Slack when their tokens are configured, the console when neither
/// is (or when <c>--console</c> asks for it alongside them); and whether calendar feeds need the web server.
/// </summary>
/// <param name="Console">Run the console adapter.</param>
/// <param name="Discord">Run the Discord adapter.</param>
/// <param name="Slack">Run the Slack adapter.</param>
/// <param name="HttpEndpoints">An adapter receives HTTP requests (Discord interactions endpoint, Slack HTTP mode).</param>
/// <param name="SimulatedClock">The console runs on a fake clock moved with <c>:clock</c> (<c>--simulated-clock</c>).</param>
/// <param name="CalendarFeeds">Members' calendar feeds are served (<c>Calendar:PublicUrl</c> is set), whatever the adapters.</param>
public sealed record AdapterSelection(bool Console, bool Discord, bool Slack, bool HttpEndpoints, bool SimulatedClock, bool CalendarFeeds = false)
{
    /// <summary>Reads the selection from configuration and command-line flags.</summary>
    public static AdapterSelection From(IConfiguration configuration, IReadOnlyCollection<string> args)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(args);
        var discord = !string.IsNullOrWhiteSpace(configuration["Discord:Token"]);
        var slack = !string.IsNullOrWhiteSpace(configuration["Slack:BotToken"]);
        var console = args.Contains("--console") || (!discord && !slack);
        var http = (discord && !string.IsNullOrWhiteSpace(configuration["Discord:PublicKey"]))
            || (slack && !string.IsNullOrWhiteSpace(configuration["Slack:SigningSecret"]));
        var feeds = !string.IsNullOrWhiteSpace(configuration["Calendar:PublicUrl"]);
        return new AdapterSelection(console, discord, slack, http, console && args.Contains("--simulated-clock"), feeds);
    }
}
