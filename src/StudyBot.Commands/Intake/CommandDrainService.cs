using Microsoft.Extensions.Hosting;

namespace StudyBot.Commands.Intake;

/// <summary>
/// On shutdown, lets the commands in hand finish and be answered before the host goes on stopping. Register it
/// after the adapters: hosted services stop in reverse order, so this one stops first.
/// </summary>
public sealed class CommandDrainService(InFlightCommands commands) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => commands.DrainAsync();
}
