using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Commands.Groups;

/// <summary>
/// <c>/group settings</c>: organizers rename, re-home, re-zone and describe the group, add organizers,
/// or turn mirroring its meetings as Discord server events on or off.
/// </summary>
public sealed class GroupSettingsCommand(StudyBotDbContext db, GroupFinder groups, AfterCommit afterCommit, IEnumerable<IMeetingsChangedListener> listeners) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "group settings",
        "Change a group's name, time zone, channel, description, charter, organizers or Discord events",
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
            new("discord-events", OptionType.Boolean, "Mirror this group's meetings as Discord server events"),
        ]);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Invocation.Options.Keys.All(k => k == "name"))
        {
            return Reply.Error("Say what to change, e.g. `/group settings name:\"Algo Club\" timezone:Europe/Berlin`. Options: new-name, timezone, channel, description, charter, add-organizer, discord-events.");
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

        var mirror = context.GetBoolean("discord-events");
        if (mirror is not null && context.Workspace.Platform != Platform.Discord)
        {
            return Reply.Error("Mirroring meetings as Discord events works only in Discord servers.");
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

        if (mirror is { } on)
        {
            if (on != group.MirrorMeetingsToDiscord)
            {
                group.MirrorMeetingsToDiscord = on;
                afterCommit.AddMeetingsChanged(listeners);
            }

            changes.Add(on ? "meetings mirrored as Discord server events" : "meetings no longer mirrored as Discord server events");
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var text = $"Updated **{group.Name}**: {string.Join("; ", changes)}.";
        return Reply.Public(warning is null ? text : $"{text}\nNote: {warning}");
    }
}
