using StudyBot.Application.Meetings;
using StudyBot.Application.Members;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Core.Messaging;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Members;
using StudyBot.Discord.Polls;
using StudyBot.Discord.Registration;
using StudyBot.Discord.Rest;
using StudyBot.Discord.ScheduledEvents;
using StudyBot.Discord.Sending;

namespace StudyBot.Discord.Configuration;

/// <summary>Registers the Discord adapter.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Discord adapter: options from the <c>Discord</c> section (checked at start), the REST
    /// client with its rate limiter, command registration, the gateway, interactions and the
    /// <see cref="IChatSender"/> for Discord, and the service that mirrors meetings as server events for
    /// groups that opted in. Needs the command layer (<c>AddStudyBotCommands</c>).
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(DiscordRestClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));

        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<DiscordApi>();
        services.AddSingleton<IPlatformMembers, DiscordMembers>();
        services.AddSingleton<ReplyDelivery>();
        services.AddSingleton<InteractionProcessor>();
        services.AddSingleton<PollVoteRouter>();
        services.AddSingleton(sp => new InteractionSignature(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey));
        services.AddSingleton(sp => new InteractionEndpoint(
            sp.GetRequiredService<InteractionSignature>(),
            sp.GetRequiredService<InteractionProcessor>(),
            sp.GetRequiredService<StudyBot.Commands.Intake.CommandIntake>(),
            sp.GetService<IHostApplicationLifetime>(),
            sp.GetRequiredService<ILogger<InteractionEndpoint>>()));
        services.AddSingleton<GatewayDispatcher>();
        services.AddSingleton<IdentifyGate>();
        services.TryAddSingleton(new GatewayJitter());
        services.AddSingleton(sp => new DiscordScheduledEvents(sp.GetRequiredService<DiscordApi>()));
        services.AddSingleton<ScheduledEventMirrorSignal>();
        services.AddSingleton<IMeetingsChangedListener>(sp => sp.GetRequiredService<ScheduledEventMirrorSignal>());
        services.AddScoped<ScheduledEventMirror>();
        services.AddSingleton<IChatSender, DiscordChatSender>();

        services.AddSingleton<CommandRegistrationService>();
        services.AddHostedService(sp => sp.GetRequiredService<CommandRegistrationService>());
        services.AddSingleton<GatewayHostedService>();
        services.AddHostedService(sp => sp.GetRequiredService<GatewayHostedService>());
        services.AddSingleton<ScheduledEventMirrorService>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledEventMirrorService>());
        return services;
    }
}
