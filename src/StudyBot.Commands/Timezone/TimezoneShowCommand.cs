using StudyBot.Application;
using StudyBot.Application.Members;
using StudyBot.Application.Text;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Time;

namespace StudyBot.Commands.Timezone;

/// <summary><c>/timezone show</c>.</summary>
public sealed class TimezoneShowCommand(UserTimeZones zones, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "timezone show",
        "Show your time zone and the time there",
        "timezone show",
        CommandAccess.Anyone,
        [])
    {
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zone = await zones.FindAsync(context.Workspace, context.Invoker.UserId, cancellationToken).ConfigureAwait(false);
        if (zone is null)
        {
            return Reply.Private("You have not set a time zone, so each group's zone applies to you. Set yours with `/timezone set zone:Europe/Berlin`.");
        }

        var local = LocalTimeText.Format(time.Now().InZone(TimeZones.Resolve(zone.Id)));
        return Reply.Private(zone.FromPlatform
            ? $"Your {context.Workspace.Platform} profile says {zone.Id}, so StudyBot uses it; it is {local} there. Choose another with `/timezone set`."
            : $"Your time zone is {zone.Id}; it is {local} there.");
    }
}
