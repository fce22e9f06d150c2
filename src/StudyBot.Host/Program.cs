using StudyBot.Host;

// With no Discord or Slack token, StudyBot talks on the console over a local SQLite file.
using var host = StudyBotHost.Build(args);
await host.RunAsync().ConfigureAwait(false);
return 0;
