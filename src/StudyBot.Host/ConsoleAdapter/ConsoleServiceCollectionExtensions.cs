using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Messaging;
using StudyBot.Scheduling;

namespace StudyBot.Host.ConsoleAdapter;

/// <summary>Registers the console adapter.</summary>
public static class ConsoleServiceCollectionExtensions
{
    /// <summary>Adds the console adapter on the given streams (standard input and output by default); the <c>Console</c> section is checked at start.</summary>
    public static IServiceCollection AddConsoleAdapter(this IServiceCollection services, IConfiguration configuration, ConsoleOutput? console = null)
    {
        services.AddCheckedOptions<ConsoleOptions, ConsoleOptionsValidator>(configuration, ConsoleOptions.SectionName);
        services.AddSingleton(console ?? new ConsoleOutput(System.Console.In, System.Console.Out, interactive: !System.Console.IsInputRedirected));
        services.AddSingleton<ConsoleSession>();
        services.AddSingleton<IChatSender, ConsoleChatSender>();
        services.AddHostedService<ConsoleAdapterService>();
        return services;
    }
}
