using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Groups;

/// <summary><c>/group info</c>: zone, home channel, organizers, members, description and charter.</summary>
public sealed class GroupInfoCommand : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "group info",
        "Show a group's time zone, organizers, members and charter",
        "group info name:\"Algo Club\"",
        CommandAccess.Anyone,
        [GroupOptions.ExistingName(required: false)])
    {
        GroupOption = GroupOptions.NameOption,
        ReadOnly = true,
    };

    /// <inheritdoc />
    public Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var group = context.Group;
        var members = group.Members.OrderBy(m => m.JoinedAt).ThenBy(m => m.Id).ToList();
        var fields = new List<ReplyField>
        {
            new("Time zone", group.TimeZoneId, Inline: true),
            new("Home channel", RichText.Channel(group.HomeChannelId, group.HomeChannelId), Inline: true),
            new("Organizers", string.Join(", ", members.Where(m => m.IsOrganizer).Select(m => RichText.User(m.UserId, m.DisplayName)))),
            new($"Members ({members.Count})", string.Join(", ", members.Select(m => RichText.User(m.UserId, m.DisplayName)))),
        };
        if (group.Description is { } description)
        {
            fields.Add(new ReplyField("Description", description));
        }

        if (group.Charter is { } charter)
        {
            fields.Add(new ReplyField("Charter", charter));
        }

        return Task.FromResult(new Reply { Text = $"**{group.Name}**", Fields = fields });
    }
}
