using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using StudyBot.Charts;
using StudyBot.Commands;
using StudyBot.Commands.Intake;
using StudyBot.Host.Calendar;
using StudyBot.Host.ConsoleAdapter;
using StudyBot.Persistence;
using StudyBot.Scheduling;
using StudyBot.Scheduling.Clock;
using StudyBot.Slack;
using StudyBot.Discord.Configuration;

namespace StudyBot.Host;

/// <summary>
/// Builds the host: configuration sources, logging to standard error, and the selected adapters.
/// A web server starts only when an adapter needs HTTP endpoints or calendar feeds are configured
/// (<c>Calendar:PublicUrl</c>), so the console alone never opens a port.
/// </summary>
public static class StudyBotHost
{
    /// <summary>Builds a host from command-line arguments.</summary>
    /// <param name="args">Command-line arguments: flags such as <c>--console</c>, and <c>Key=value</c> settings.</param>
    /// <param name="console">Replaces standard input and output (tests).</param>
    /// <param name="configure">Adds configuration on top of the usual sources (tests).</param>
    /// <param name="services">Replaces or adds services after the defaults (tests).</param>
    public static IHost Build(string[] args, ConsoleOutput? console = null, Action<IConfigurationBuilder>? configure = null, Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var configuration = new ConfigurationManager();
        AddSources(configuration, args);
        configure?.Invoke(configuration);
        var selection = AdapterSelection.From(configuration, args);

        if (selection.HttpEndpoints || selection.CalendarFeeds)
        {
            var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
            web.Configuration.AddConfiguration(configuration);
            if (configuration["Calendar:ListenUrl"] is { Length: > 0 } listen)
            {
                web.WebHost.UseUrls(listen);
            }

            Compose(web, selection, console, services);
            var app = web.Build();
            if (selection.CalendarFeeds)
            {
                app.MapCalendarFeeds();
            }

            if (selection.Discord && !string.IsNullOrWhiteSpace(app.Configuration["Discord:PublicKey"]))
            {
                app.MapDiscordInteractions();
            }

            if (selection.Slack && !string.IsNullOrWhiteSpace(app.Configuration["Slack:SigningSecret"]))
            {
                app.MapSlackEndpoints();
            }

            return app;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            Configuration = configuration,
        });
        Compose(builder, selection, console, services);
        return builder.Build();
    }

    private static void Compose(IHostApplicationBuilder builder, AdapterSelection selection, ConsoleOutput? console, Action<IServiceCollection>? services)
    {
        ConfigureLogging(builder.Logging, builder.Configuration);
        TimeProvider time = selection.SimulatedClock ? new SimulatedTimeProvider(TimeProvider.System.GetUtcNow()) : TimeProvider.System;
        builder.Services.AddSingleton(time);
        builder.Services.AddStudyBotPersistence(builder.Configuration);
        builder.Services.AddStudyBotCommands();
        builder.Services.AddStudyBotCharts();
        builder.Services.AddStudyBotScheduling(builder.Configuration, time);
        if (selection.Discord)
        {
            builder.Services.AddDiscordAdapter(builder.Configuration);
        }

        if (selection.Slack)
        {
            builder.Services.AddSlackAdapter(builder.Configuration);
        }

        if (selection.Console)
        {
            builder.Services.AddConsoleAdapter(builder.Configuration, console);
            if (selection.SimulatedClock)
            {
                builder.Services.AddHostedService<ClockDirective>();
            }
        }

        // Registered last so it stops first: commands in hand finish and are answered before the adapters and the
        // scheduler go, and the host waits for that grace plus time to stop the rest.
        builder.Services.AddHostedService<CommandDrainService>();
        // Read leniently here: a value that is not a time is reported by the start-up check, in one line.
        var grace = TimeSpan.TryParse(builder.Configuration[$"{CommandsOptions.SectionName}:{nameof(CommandsOptions.ShutdownGrace)}"], System.Globalization.CultureInfo.InvariantCulture, out var configured)
            ? configured
            : new CommandsOptions().ShutdownGrace;
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = grace + TimeSpan.FromSeconds(15));
        services?.Invoke(builder.Services);
    }

    /// <summary>
    /// config/appsettings.json, then its per-environment file, then environment variables
    /// (<c>Database__ConnectionString</c>), then command-line <c>Key=value</c> settings: later sources win.
    /// </summary>
    private static void AddSources(ConfigurationManager configuration, string[] args)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production;
        var folder = Path.Combine(AppContext.BaseDirectory, "config");
        configuration.AddJsonFile(Path.Combine(folder, "appsettings.json"), optional: true, reloadOnChange: false);
        configuration.AddJsonFile(Path.Combine(folder, $"appsettings.{environment}.json"), optional: true, reloadOnChange: false);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args.Where(a => a.Contains('=', StringComparison.Ordinal)).ToArray());
    }

    // Logs go to standard error so standard output carries only the conversation, which scripts read.
    private static void ConfigureLogging(ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        // ASP.NET Core logs request paths below Warning (hosting, routing), and a calendar feed's path is its
        // secret token: no logging configuration may bring them back.
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
    }
}
