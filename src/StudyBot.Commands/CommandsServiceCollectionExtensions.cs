using Microsoft.Extensions.DependencyInjection;
using StudyBot.Application;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Groups;
using StudyBot.Commands.Help;
using StudyBot.Commands.Meetings;
using StudyBot.Commands.Parsing;
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
            .AddCommand<MeetingRsvpCommand>()
            .AddCommand<MeetingAttendanceCommand>()
            .AddCommand<MeetingExportCommand>()
            .AddCommand<TimezoneSetCommand>()
            .AddCommand<TimezoneShowCommand>()
            .AddCommand<HelpCommand>();

        services.AddComponent<RsvpButtonHandler>();
        services.AddComponent<GroupEditForm>();

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
        services.AddSingleton(new ComponentRegistration(THandler.Key, typeof(THandler)));
        services.AddScoped<THandler>();
        return services;
    }
}
