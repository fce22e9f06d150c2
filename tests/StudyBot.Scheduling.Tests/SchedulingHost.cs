using StudyBot.Application;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using StudyBot.Charts;
using StudyBot.Commands;
using StudyBot.Commands.Routing;
using StudyBot.Core;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;
using StudyBot.Scheduling.Clock;

namespace StudyBot.Scheduling.Tests;

/// <summary>
/// A real host (migrations, Quartz on SQLite, reminder job, outbox dispatcher) over a database file that
/// outlives it, on a fake clock, delivering to a <see cref="RecordingSender"/>. Stop it and build another
/// over the same file to test restarts.
/// </summary>
public sealed class SchedulingHost : IAsyncDisposable
{
    private SchedulingHost(IHost host, SimulatedTimeProvider time, RecordingSender sender)
    {
        Host = host;
        Time = time;
        Sender = sender;
    }

    public IHost Host { get; }

    public SimulatedTimeProvider Time { get; }

    public RecordingSender Sender { get; }

    public CommandRouter Router => Host.Services.GetRequiredService<CommandRouter>();

    public SimulatedClock Clock => Host.Services.GetRequiredService<SimulatedClock>();

    public static async Task<SchedulingHost> StartAsync(string connectionString, Instant now, RecordingSender? sender = null, Action<IServiceCollection>? configure = null)
    {
        var time = new SimulatedTimeProvider(now.ToDateTimeOffset());
        var recorder = sender ?? new RecordingSender();
        recorder.Clock = time;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:ConnectionString"] = connectionString })
            .Build();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { Configuration = (ConfigurationManager?)null });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddStudyBotPersistence(builder.Configuration);
        builder.Services.AddStudyBotCommands();
        builder.Services.AddStudyBotCharts();
        builder.Services.AddStudyBotScheduling(builder.Configuration, time);
        builder.Services.AddSingleton<IChatSender>(recorder);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new SchedulingHost(host, time, recorder);
    }

    public Task<Reply> RunAsync(string line, string @as = "you") =>
        Router.RouteTextAsync(line, new Invoker(@as, @as), new ChannelRef("general", "general"), new WorkspaceRef(Platform.Console, "console"), CancellationToken.None);

    /// <summary>Presses a button or submits a form, as <paramref name="as"/> would on a platform.</summary>
    public Task<Reply> ComponentAsync(string actionId, string @as, IReadOnlyDictionary<string, string>? values = null) =>
        Router.RouteComponentAsync(new ComponentInvocation(actionId, new Invoker(@as, @as), new ChannelRef("general", "general"), new WorkspaceRef(Platform.Console, "console"), values ?? new Dictionary<string, string>()), CancellationToken.None);

    public async Task AdvanceToAsync(Instant target)
    {
        Assert.True(await Clock.AdvanceToAsync(target, CancellationToken.None), "due work did not settle");
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
