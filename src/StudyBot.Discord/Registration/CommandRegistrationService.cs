using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Commands.Routing;
using StudyBot.Discord.Configuration;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Registration;

/// <summary>
/// At start, bulk-overwrites the application's commands from the catalog, but only when the set
/// Discord holds differs: a restart does not churn Discord's command cache.
/// </summary>
internal sealed partial class CommandRegistrationService(CommandRouter router, DiscordApi api, IOptions<DiscordOptions> options, ILogger<CommandRegistrationService> logger) : BackgroundService
{
    public TaskCompletionSource<bool> Completed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RegisterCommands)
        {
            Completed.TrySetResult(false);
            return;
        }

        try
        {
            Completed.TrySetResult(await RegisterAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (DiscordApiException ex)
        {
            // The bot still answers with whatever commands Discord already has; the log says why new ones are missing.
            LogFailed(logger, ex);
            Completed.TrySetException(ex);
        }
    }

    /// <summary>Registers the commands; true when Discord's set had to change.</summary>
    public async Task<bool> RegisterAsync(CancellationToken cancellationToken)
    {
        var guild = string.IsNullOrWhiteSpace(options.Value.DevGuildId) ? null : options.Value.DevGuildId;
        var desired = CommandSetBuilder.Build(router.Catalog.Commands);
        var registered = await api.GetCommandsAsync(guild, cancellationToken).ConfigureAwait(false);
        if (CommandSetComparer.AreEqual(desired, registered))
        {
            LogUnchanged(logger, desired.Count, guild ?? "global");
            return false;
        }

        await api.OverwriteCommandsAsync(guild, desired, cancellationToken).ConfigureAwait(false);
        LogRegistered(logger, desired.Count, guild ?? "global");
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord commands unchanged ({Count} commands, scope {Scope})")]
    private static partial void LogUnchanged(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} Discord commands (scope {Scope})")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering Discord commands failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
