using NodaTime;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Messaging;
using Zones = StudyBot.Core.Time.TimeZones;

namespace StudyBot.Commands.Timezone;

/// <summary><c>/timezone show</c>.</summary>
public sealed class TimezoneShowCommand(UserProfiles profiles, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "timezone show",
        "Show your time zone and the time there",
        "timezone show",
        CommandAccess.Anyone,
        []);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var profile = await profiles.FindAsync(context.Workspace, context.Invoker.UserId, cancellationToken).ConfigureAwait(false);
        if (profile?.TimeZoneId is not { } id)
        {
            return Reply.Private("You have not set a time zone, so each group's zone applies to you. Set yours with `/timezone set zone:Europe/Berlin`.");
        }

        var local = time.Now().InZone(Zones.Resolve(id));
        return Reply.Private($"Your time zone is {id}; it is {LocalTimeText.Format(local)} there.");
    }
}
