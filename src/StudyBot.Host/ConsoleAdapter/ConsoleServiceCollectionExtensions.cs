using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Core.Messaging;

namespace StudyBot.Host.ConsoleAdapter;

/// <summary>Registers the console adapter.</summary>
public static class ConsoleServiceCollectionExtensions
{
    /// <summary>Adds the console adapter on the given streams (standard input and output by default).</summary>
    public static IServiceCollection AddConsoleAdapter(this IServiceCollection services, IConfiguration configuration, ConsoleOutput? console = null)
    {
        var options = configuration.GetSection(ConsoleOptions.SectionName).Get<ConsoleOptions>() ?? new ConsoleOptions();
        services.AddSingleton(options);
        services.AddSingleton(console ?? new ConsoleOutput(System.Console.In, System.Console.Out, interactive: !System.Console.IsInputRedirected));
        services.AddSingleton<ConsoleSession>();
        services.AddSingleton<IChatSender, ConsoleChatSender>();
        services.AddHostedService<ConsoleAdapterService>();
        return services;
    }
}
