using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StudyBot.Application;
using StudyBot.Application.Calendar;
using StudyBot.Commands.Away;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Checkins;
using StudyBot.Commands.Goals;
using StudyBot.Commands.Groups;
using StudyBot.Commands.Help;
using StudyBot.Commands.Intake;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Mentors;
using StudyBot.Commands.Parsing;
using StudyBot.Commands.Polls;
using StudyBot.Commands.Resources;
using StudyBot.Commands.Roles;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Timezone;

namespace StudyBot.Commands;

/// <summary>Registers the catalog, the router and every command, explicitly and in help order.</summary>
public static class CommandsServiceCollectionExtensions
{
    /// <summary>Adds the command layer and the application layer it calls.</summary>
    public static IServiceCollection AddStudyBotCommands(this IServiceCollection services)
    {
        services.AddCommand<GroupCreateCommand>()
            .AddCommand<GroupJoinCommand>()
            .AddCommand<GroupLeaveCommand>()
            .AddCommand<GroupInfoCommand>()
            .AddCommand<GroupListCommand>()
            .AddCommand<GroupSettingsCommand>()
            .AddCommand<GroupEditCommand>()
            .AddCommand<MeetingScheduleCommand>()
            .AddCommand<MeetingListCommand>()
            .AddCommand<MeetingSkipCommand>()
            .AddCommand<MeetingCancelCommand>()
            .AddCommand<MeetingMoveCommand>()
            .AddCommand<MeetingEditCommand>()
            .AddCommand<MeetingRsvpCommand>()
            .AddCommand<MeetingNotifyCommand>()
            .AddCommand<MeetingAttendanceCommand>()
            .AddCommand<MeetingExportCommand>()
            .AddCommand<MeetingSubscribeCommand>()
            .AddCommand<RoleAddCommand>()
            .AddCommand<RoleRemoveCommand>()
            .AddCommand<RoleListCommand>()
            .AddCommand<RoleUpcomingCommand>()
            .AddCommand<RoleSwapCommand>()
            .AddCommand<RoleAssignCommand>()
            .AddCommand<AwaySetCommand>()
            .AddCommand<AwayClearCommand>()
            .AddCommand<AwayListCommand>()
            .AddCommand<GoalAddCommand>()
            .AddCommand<GoalListCommand>()
            .AddCommand<GoalProgressCommand>()
            .AddCommand<GoalDoneCommand>()
            .AddCommand<GoalDropCommand>()
            .AddCommand<CheckinScheduleCommand>()
            .AddCommand<CheckinNowCommand>()
            .AddCommand<CheckinPauseCommand>()
            .AddCommand<CheckinResumeCommand>()
            .AddCommand<StatsCommand>()
            .AddCommand<PollCreateCommand>()
            .AddCommand<PollVoteCommand>()
            .AddCommand<PollCloseCommand>()
            .AddCommand<PollResultsCommand>()
            .AddCommand<PollListCommand>()
            .AddCommand<MentorLinkCommand>()
            .AddCommand<MentorUnlinkCommand>()
            .AddCommand<MentorListCommand>()
            .AddCommand<MentorAskCommand>()
            .AddCommand<ResourceAddCommand>()
            .AddCommand<ResourceListCommand>()
            .AddCommand<ResourceSearchCommand>()
            .AddCommand<ResourceRemoveCommand>()
            .AddCommand<TimezoneSetCommand>()
            .AddCommand<TimezoneShowCommand>()
            .AddCommand<HelpCommand>();

        services.AddComponent<RsvpButtonHandler>();
        services.AddComponent<RoleCantButtonHandler>();
        services.AddComponent<GroupEditForm>();
        services.AddComponent<ZoneConfirmButtonHandler>();
        services.AddComponent<CheckinOpenButtonHandler>();
        services.AddComponent<CheckinForm>();
        services.AddComponent<PollVoteButtonHandler>();
        services.AddComponent<MentorReplyButtonHandler>();
        services.AddComponent<MentorAnswerForm>();

        // Bound from the host's configuration when there is one (tests of commands alone run on the defaults).
        services.AddOptions<CommandsOptions>()
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(CommandsOptions.SectionName).Bind(options))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CommandsOptions>, CommandsOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CommandsOptions>>().Value);
        services.AddOptions<CalendarFeedOptions>()
            .Configure<IServiceProvider>((options, provider) => provider.GetService<IConfiguration>()?.GetSection(CalendarFeedOptions.SectionName).Bind(options))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CalendarFeedOptions>, CalendarFeedOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CalendarFeedOptions>>().Value);
        services.AddSingleton<InFlightCommands>();
        services.AddSingleton<CommandIntake>();
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<TextCommandParser>();
        services.AddSingleton<CommandRouter>();
        services.AddScoped<Autocomplete>();
        services.AddStudyBotApplication();
        return services;
    }

    /// <summary>Declares a command: its definition joins the catalog, its handler runs per invocation.</summary>
    public static IServiceCollection AddCommand<THandler>(this IServiceCollection services)
        where THandler : class, ICommandHandler
    {
        services.AddSingleton(new CommandRegistration(THandler.Definition, typeof(THandler)));
        services.AddScoped<THandler>();
        return services;
    }

    /// <summary>Declares a button or form handler for action ids starting with its key.</summary>
    public static IServiceCollection AddComponent<THandler>(this IServiceCollection services)
        where THandler : class, IComponentHandler
    {
        services.AddSingleton(new ComponentRegistration(THandler.Key, typeof(THandler), THandler.Replies));
        services.AddScoped<THandler>();
        return services;
    }
}
