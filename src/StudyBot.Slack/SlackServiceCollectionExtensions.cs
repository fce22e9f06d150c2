using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Application.Members;
using StudyBot.Core.Messaging;
using StudyBot.Slack.Api;
using StudyBot.Slack.Configuration;
using StudyBot.Slack.Http;
using StudyBot.Slack.Inbound;
using StudyBot.Slack.Sending;
using StudyBot.Slack.SocketMode;
using StudyBot.Slack.Users;

namespace StudyBot.Slack;

/// <summary>Registers the Slack adapter.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Slack adapter from the "Slack" section: Web API client with tier rate limits and Retry-After, the
    /// inbound handlers, the <see cref="IChatSender"/> for Slack, and the Socket Mode service when
    /// <c>Slack:AppToken</c> is set. The options are checked at start: a bot token without an app token or signing
    /// secret fails with a one-line explanation. HTTP mode also needs <see cref="SlackEndpointRouteBuilderExtensions.MapSlackEndpoints"/>.
    /// Needs the command layer (<c>AddStudyBotCommands</c>).
    /// </summary>
    public static IServiceCollection AddSlackAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SlackOptions.SectionName);
        services.AddOptions<SlackOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(SlackApiClient.HttpClientName, http =>
        {
            http.Timeout = TimeSpan.FromSeconds(30);
            http.DefaultRequestHeaders.UserAgent.ParseAdd("StudyBot/1.0");
        });
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<SlackRateLimiter>();
        services.AddSingleton<SlackWebApi>(sp => new SlackWebApi(sp.GetRequiredService<SlackApiClient>()));
        services.AddSingleton(sp => new SlackUserDirectory(
            sp.GetRequiredService<SlackWebApi>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<ILogger<SlackUserDirectory>>()));
        services.AddSingleton<IPlatformTimeZones, SlackTimeZones>();
        services.AddSingleton<IPlatformAdmins, SlackAdmins>();
        services.AddSingleton<IPlatformMembers, SlackMembers>();

        services.AddSingleton<BackgroundWork>();
        services.AddSingleton<ReplyBudget>();
        services.AddSingleton<ReplyDelivery>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<SlackEventDispatcher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISlackEventListener, AppMentionListener>());
        services.AddSingleton<SlackSignatureVerifier>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatSender, SlackChatSender>());

        services.AddSingleton<SocketModeDispatcher>();
        if (!string.IsNullOrWhiteSpace(section["AppToken"]))
        {
            services.AddHostedService<SocketModeService>();
        }

        return services;
    }
}
