using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StudyBot.Host;
using StudyBot.Persistence;

// With no Discord or Slack token, StudyBot talks on the console over a local SQLite file.
using var host = StudyBotHost.Build(args);
if (StartupCheck.Problem(host.Services) is { } problem)
{
    // A misconfiguration is one line that says what to fix, not a stack trace.
    await Console.Error.WriteLineAsync($"StudyBot cannot start: {problem}").ConfigureAwait(false);
    return 2;
}

try
{
    await host.Services.GetRequiredService<DatabaseMigrator>().PrepareAsync(CancellationToken.None).ConfigureAwait(false);
    await host.StartAsync().ConfigureAwait(false);
}
catch (Exception ex) when (StartupCheck.Explain(ex) is { } reason)
{
    // An unusable database (read-only, full, damaged, from a newer StudyBot) is one line too.
    await Console.Error.WriteLineAsync($"StudyBot cannot start: {reason}").ConfigureAwait(false);
    return 2;
}

await host.WaitForShutdownAsync().ConfigureAwait(false);

// A background service that crashed stopped the host (and logged why): say so in the exit status.
var crashed = host.Services.GetServices<IHostedService>().OfType<BackgroundService>().Any(s => s.ExecuteTask?.IsFaulted == true);
return crashed ? 1 : 0;
