using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Commands.Groups;

/// <summary><c>/group settings</c>: organizers rename, re-home, re-zone and describe the group, or add organizers.</summary>
public sealed class GroupSettingsCommand(StudyBotDbContext db, GroupFinder groups) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "group settings",
        "Change a group's name, time zone, channel, description, charter or organizers",
        "group settings name:\"Algo Club\" timezone:America/New_York charter:\"Come prepared\"",
        CommandAccess.GroupOrganizer,
        [
            GroupOptions.ExistingName(required: false),
            OptionDefinition.OptionalText("new-name", "A new name for the group", GroupLimits.NameMaxLength),
            GroupOptions.TimeZone("A new IANA time zone for the group"),
            new("channel", OptionType.Channel, "A new home channel for announcements"),
            GroupOptions.Description(),
            GroupOptions.Charter(),
            new("add-organizer", OptionType.User, "Make this member an organizer too"),
        ]);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Invocation.Options.Keys.All(k => k == "name"))
        {
            return Reply.Error("Say what to change, e.g. `/group settings name:\"Algo Club\" timezone:Europe/Berlin`. Options: new-name, timezone, channel, description, charter, add-organizer.");
        }

        var found = await groups.FindAsync(context, context.GetString("name"), cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Reply.Error(found.Error.Message);
        }

        var group = found.Value!;
        if (!Permissions.IsOrganizer(group, context.Invoker))
        {
            return Reply.Error(Permissions.OrganizerOnly(group, "change its settings"));
        }

        var changes = new List<string>();
        var warning = default(string);
        if (context.GetString("new-name") is { } newName)
        {
            var normalized = Group.Normalize(newName);
            if (normalized != group.NormalizedName
                && await db.Groups.AnyAsync(g => g.WorkspaceId == group.WorkspaceId && g.NormalizedName == normalized && g.Id != group.Id, cancellationToken).ConfigureAwait(false))
            {
                return Reply.Error($"A group named \"{newName}\" already exists here. Pick another name.");
            }

            var renamed = group.Rename(newName);
            if (!renamed.IsSuccess)
            {
                return Reply.Error(renamed.Error.Message);
            }

            changes.Add($"name → {group.Name}");
        }

        if (context.GetString("timezone") is { } zoneText)
        {
            var zone = TimeZones.Parse(zoneText);
            if (!zone.IsSuccess)
            {
                return Reply.Error(zone.Error.Message);
            }

            group.TimeZoneId = zone.Value!.Id;
            warning = zone.Value.Warning;
            changes.Add($"time zone → {group.TimeZoneId}");
        }

        if (context.GetChannel("channel") is { } channel)
        {
            group.HomeChannelId = channel.Id;
            changes.Add($"home channel → {RichText.Channel(channel.Id, channel.Name)}");
        }

        var texts = GroupTexts.Apply(group, context);
        if (!texts.IsSuccess)
        {
            return Reply.Error(texts.Error.Message);
        }

        if (context.GetString("description") is not null)
        {
            changes.Add("description");
        }

        if (context.GetString("charter") is not null)
        {
            changes.Add("charter");
        }

        if (context.GetUser("add-organizer") is { } organizer)
        {
            var promoted = group.Promote(organizer.Id);
            if (!promoted.IsSuccess)
            {
                return Reply.Error(promoted.Error.Message);
            }

            changes.Add($"organizer added: {RichText.User(organizer.Id, promoted.Value!.DisplayName)}");
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var text = $"Updated **{group.Name}**: {string.Join("; ", changes)}.";
        return Reply.Public(warning is null ? text : $"{text}\nNote: {warning}");
    }
}
