using StudyBot.Application;
using StudyBot.Application.Members;
using StudyBot.Application.Text;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Time;

namespace StudyBot.Commands.Timezone;

/// <summary><c>/timezone set</c>: the invoker's own zone, used for their check-ins and reminders.</summary>
public sealed class TimezoneSetCommand(UserTimeZones zones, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "timezone set",
        "Set your own time zone (used for your check-ins and how times are shown to you)",
        "timezone set zone:America/New_York",
        CommandAccess.Anyone,
        [new("zone", OptionType.String, "IANA time zone, e.g. Europe/Berlin") { Required = true, MaxLength = 64, Autocomplete = AutocompleteSource.TimeZones }])
    {
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zone = await zones.SetAsync(context.Workspace, context.Invoker.UserId, context.RequireString("zone"), cancellationToken).ConfigureAwait(false);
        if (!zone.IsSuccess)
        {
            return Reply.Error(zone.Error.Message);
        }

        var text = $"Your time zone is now {zone.Value!.Id} (it is {LocalTimeText.Format(time.Now().InZone(zone.Value.Zone))} there).";
        return Reply.Private(zone.Value.Warning is { } warning ? $"{text}\nNote: {warning}" : text);
    }
}
