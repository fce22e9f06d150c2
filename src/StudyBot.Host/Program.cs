using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StudyBot.Host;

// With no Discord or Slack token, StudyBot talks on the console over a local SQLite file.
using var host = StudyBotHost.Build(args);
try
{
    // Check the configuration before anything starts, so a missing key is one line, not a stack trace.
    host.Services.GetService<IStartupValidator>()?.Validate();
}
catch (OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync($"StudyBot cannot start: {string.Join(" ", ex.Failures)}").ConfigureAwait(false);
    return 2;
}

await host.StartAsync().ConfigureAwait(false);
await host.WaitForShutdownAsync().ConfigureAwait(false);

// A background service that crashed stopped the host (and logged why): say so in the exit status.
var crashed = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().Any(s => s.ExecuteTask?.IsFaulted == true);
return crashed ? 1 : 0;
