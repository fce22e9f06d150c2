using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Application;
using StudyBot.Charts;
using StudyBot.Commands;
using StudyBot.Commands.Routing;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Testing;

/// <summary>
/// The real command layer over a real SQLite database and a fake clock. Commands are typed as in the
/// console: <c>await harness.RunAsync("/group create name:\"Algo Club\"", as: "bob")</c>.
/// </summary>
public sealed class CommandHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public CommandHarness(Action<IServiceCollection>? configure = null, DateTimeOffset? start = null)
    {
        Time = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = Database.ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddStudyBotPersistence(configuration);
        services.AddStudyBotCommands();
        services.AddStudyBotCharts();
        services.AddSingleton<TimeProvider>(Time);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public TestDatabase Database { get; } = new();

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public CommandRouter Router => _services.GetRequiredService<CommandRouter>();

    public WorkspaceRef Workspace { get; set; } = new(Platform.Console, "console");

    public Task<Reply> RunAsync(string line, string @as = "you", string channel = "general", bool admin = false) =>
        Router.RouteTextAsync(line, new Invoker(@as, @as, admin), new ChannelRef(channel, channel), Workspace, CancellationToken.None);

    public StudyBotDbContext Db() => Database.CreateContext();

    public void Dispose()
    {
        _services.Dispose();
        Database.Dispose();
    }
}
