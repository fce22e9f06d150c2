using NodaTime;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;
using Zones = StudyBot.Core.Time.TimeZones;

namespace StudyBot.Commands.Timezone;

/// <summary><c>/timezone set</c>: the invoker's own zone, used for their check-ins and reminders.</summary>
public sealed class TimezoneSetCommand(StudyBotDbContext db, UserProfiles profiles, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "timezone set",
        "Set your own time zone (used for your check-ins and how times are shown to you)",
        "timezone set zone:America/New_York",
        CommandAccess.Anyone,
        [new("zone", OptionType.String, "IANA time zone, e.g. Europe/Berlin") { Required = true, MaxLength = 64, Autocomplete = AutocompleteSource.TimeZones }]);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var zone = Zones.Parse(context.RequireString("zone"));
        if (!zone.IsSuccess)
        {
            return Reply.Error(zone.Error.Message);
        }

        var profile = await profiles.GetOrCreateAsync(context.Workspace, context.Invoker.UserId, cancellationToken).ConfigureAwait(false);
        profile.TimeZoneId = zone.Value!.Id;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var local = time.Now().InZone(zone.Value.Zone);
        var text = $"Your time zone is now {zone.Value.Id} (it is {LocalTimeText.Format(local)} there).";
        return Reply.Private(zone.Value.Warning is { } warning ? $"{text}\nNote: {warning}" : text);
    }
}
