using StudyBot.Application.Groups;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Groups;

/// <summary>
/// <c>/group settings</c>: organizers rename, re-home, re-zone and describe the group, add organizers,
/// or turn mirroring its meetings as Discord server events on or off.
/// </summary>
public sealed class GroupSettingsCommand(GroupSettings settings) : ICommandHandler
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
            new("confirm", OptionType.Boolean, "Change the time zone even though meetings are ahead (they keep their local times)"),
        ])
    {
        GroupOption = GroupOptions.NameOption,
        AccessAction = "change its settings",
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = new GroupChanges(
            context.GetString("new-name"),
            context.GetString("timezone"),
            context.GetChannel("channel"),
            context.GetString("description"),
            context.GetString("charter"),
            context.GetUser("add-organizer"),
            context.GetBoolean("discord-events"),
            context.GetBoolean("confirm") ?? false);
        if (asked.IsEmpty)
        {
            return Reply.Error("Say what to change, e.g. `/group settings name:\"Algo Club\" timezone:Europe/Berlin`. Options: new-name, timezone, channel, description, charter, add-organizer, discord-events. `/group edit` opens the description and charter in a form.");
        }

        var changed = await settings.ChangeAsync(context.Group, context.Workspace.Platform, asked, cancellationToken).ConfigureAwait(false);
        return changed.IsSuccess ? Render(changed.Value!) : Reply.Error(changed.Error.Message);
    }

    /// <summary>The question before a new zone moves the group's meetings: what happens, and a button to go ahead.</summary>
    internal static Reply Confirm(ZoneChangePreview preview, string groupName) => new()
    {
        Text = $"Changing **{groupName}** from {preview.From} to {preview.To} keeps every meeting at its local time in the new zone, so each moves for people elsewhere, and reminders move with it:\n"
            + string.Join('\n', preview.Meetings.Select(m => "• " + m))
            + $"\nNothing has changed yet. Press the button, or run the command again with `confirm:true`.",
        Ephemeral = true,
        Buttons = [new ReplyButton($"Change to {preview.To}", ZoneConfirmButtonHandler.ActionId(preview), ButtonStyle.Primary)],
    };

    /// <summary>"Updated **Algo Club**: time zone → Asia/Tokyo; charter." with a note for fixed offsets.</summary>
    internal static Reply Render(GroupChanged changed)
    {
        var (group, asked) = (changed.Group, changed.Changes);
        if (changed.Preview is { } preview)
        {
            return Confirm(preview, group.Name);
        }

        var lines = new List<string>();
        if (asked.NewName is not null)
        {
            lines.Add($"name → {group.Name}");
        }

        if (asked.TimeZone is not null)
        {
            lines.Add($"time zone → {group.TimeZoneId}");
        }

        if (asked.Channel is { } channel)
        {
            lines.Add($"home channel → {RichText.Channel(channel.Id, channel.Name)}");
        }

        if (asked.Description is not null)
        {
            lines.Add("description");
        }

        if (asked.Charter is not null)
        {
            lines.Add("charter");
        }

        if (changed.NewOrganizer is { } organizer)
        {
            lines.Add($"organizer added: {RichText.User(organizer.UserId, organizer.DisplayName)}");
        }

        if (asked.MirrorToDiscord is { } on)
        {
            lines.Add(on ? "meetings mirrored as Discord server events" : "meetings no longer mirrored as Discord server events");
        }

        var text = $"Updated **{group.Name}**: {string.Join("; ", lines)}.";
        return Reply.Public(changed.ZoneWarning is { } warning ? $"{text}\nNote: {warning}" : text);
    }
}
