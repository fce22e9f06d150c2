using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Application.Calendar;
using StudyBot.Application.Checkins;
using StudyBot.Application.Goals;
using StudyBot.Application.Mentors;
using StudyBot.Application.Polls;
using StudyBot.Application.Resources;
using StudyBot.Application.Groups;
using StudyBot.Application.Meetings;
using StudyBot.Application.Meetings.Editing;
using StudyBot.Application.Members;
using StudyBot.Application.Roles;
using StudyBot.Application.Work;

namespace StudyBot.Application;

/// <summary>Registers the application layer: its services (one per DI scope) and its kinds of scheduled work.</summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <summary>Adds the application services; needs the store (<c>AddStudyBotPersistence</c>).</summary>
    public static IServiceCollection AddStudyBotApplication(this IServiceCollection services)
    {
        services.AddScoped<AfterCommit>();
        services.AddScoped<WorkPlanner>();
        services.AddScoped<Workspaces>();
        services.AddScoped<GroupFinder>();
        services.AddScoped<GroupMembership>();
        services.AddScoped<GroupSettings>();
        services.AddScoped<UserProfiles>();
        services.AddScoped<UserTimeZones>();
        services.AddScoped<MeetingFinder>();
        services.AddScoped<SeriesOccurrences>();
        services.AddScoped<OccurrenceLookup>();
        services.AddScoped<MeetingPlanner>();
        services.AddScoped<MeetingCards>();
        services.AddScoped<MeetingAnnouncements>();
        services.AddScoped<MeetingScheduling>();
        services.AddScoped<OccurrenceChanges>();
        services.AddScoped<OccurrenceRekeying>();
        services.AddScoped<MeetingEditing>();
        services.AddScoped<MeetingRsvps>();
        services.AddScoped<MeetingReminderPreferences>();
        services.AddScoped<MeetingAttendance>();
        services.AddScoped<MeetingAgenda>();
        services.AddScoped<AgendaResources>();
        services.AddScoped<MeetingCalendarExport>();
        services.AddScoped<CalendarFeeds>();
        services.AddScoped<GroupRoles>();
        services.AddScoped<AwayCalendar>();
        services.AddScoped<AwayPeriods>();
        services.AddScoped<RoleRotations>();
        services.AddScoped<RoleChanges>();
        services.AddScoped<GoalTracker>();
        services.AddScoped<CheckinCalendar>();
        services.AddScoped<CheckinPlanner>();
        services.AddScoped<CheckinSettings>();
        services.AddScoped<CheckinRecorder>();
        services.AddScoped<CheckinReport>();
        services.AddScoped<CheckinOutbox>();
        services.AddScoped<PollFinder>();
        services.AddScoped<PollPublisher>();
        services.AddScoped<PollCreation>();
        services.AddScoped<PollVoting>();
        services.AddScoped<PollOutcomes>();
        services.AddScoped<PollClosing>();
        services.AddScoped<MentorPlanner>();
        services.AddScoped<MentorLinks>();
        services.AddScoped<WorkspaceMembers>();
        services.AddScoped<MentorConversation>();
        services.AddScoped<ResourceLibrary>();

        services.AddScheduledWork<MeetingReminderWork>();
        services.AddScheduledWork<MeetingAdvanceWork>();
        services.AddScheduledWork<RoleFixWork>();
        services.AddScheduledWork<CheckinPromptWork>();
        services.AddScheduledWork<CheckinNudgeWork>();
        services.AddScheduledWork<CheckinDigestWork>();
        services.AddScheduledWork<PollCloseWork>();
        services.AddScheduledWork<MentorSummaryWork>();
        services.AddScheduledWork<MentorPromptWork>();
        services.AddScheduledWork<MentorReminderWork>();

        services.TryAddSingleton<IBackgroundWork, NoBackgroundWork>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Declares a kind of scheduled work: the engine resolves its handler per batch, in the batch's scope.</summary>
    public static IServiceCollection AddScheduledWork<THandler>(this IServiceCollection services)
        where THandler : class, IScheduledWorkHandler
    {
        services.AddSingleton(new ScheduledWorkRegistration(THandler.Kind, typeof(THandler)));
        services.AddScoped<THandler>();
        return services;
    }
}
