using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.ScheduledEvents;

/// <summary>The mirror's log lines, kept apart so the reconciliation reads straight through.</summary>
internal sealed partial class ScheduledEventMirror
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created Discord event {EventId} for meeting series {SeriesId} in guild {GuildId}")]
    private static partial void LogCreated(ILogger logger, string eventId, long seriesId, string guildId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Updated Discord event {EventId} of meeting series {SeriesId} in guild {GuildId}")]
    private static partial void LogUpdated(ILogger logger, string eventId, long seriesId, string guildId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted Discord event {EventId} of meeting series {SeriesId} in guild {GuildId}")]
    private static partial void LogDeleted(ILogger logger, string eventId, long seriesId, string guildId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord event {EventId} of meeting series {SeriesId} in guild {GuildId} was deleted in Discord; forgetting it")]
    private static partial void LogDeletedByPerson(ILogger logger, string eventId, long seriesId, string guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Guild {GuildId} has reached Discord's limit of 100 scheduled events; meeting series {SeriesId} is not mirrored")]
    private static partial void LogGuildFull(ILogger logger, string guildId, long seriesId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord refused to manage events in guild {GuildId}: give the bot the Create Events permission; retrying next run")]
    private static partial void LogForbidden(ILogger logger, string guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mirror meeting series {SeriesId} in guild {GuildId}; retrying next run")]
    private static partial void LogFailed(ILogger logger, Exception exception, long seriesId, string guildId);
}
