using StudyBot.Application;
using StudyBot.Application.Groups;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Groups;

/// <summary><c>/group create</c>: a new group homed in the current channel, its creator the first organizer.</summary>
public sealed class GroupCreateCommand(GroupMembership groups) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "group create",
        "Create a study group homed in this channel",
        "group create name:\"Algo Club\" timezone:Europe/Berlin",
        CommandAccess.Anyone,
        [GroupOptions.Name(required: true), GroupOptions.TimeZone("IANA time zone of the group's meetings (default: yours, else UTC)"), GroupOptions.Description(), GroupOptions.Charter()]);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var created = await groups.CreateAsync(
            context.Workspace,
            context.Channel,
            context.Invoker,
            context.RequireString("name"),
            context.GetString("timezone"),
            context.GetString("description"),
            context.GetString("charter"),
            cancellationToken).ConfigureAwait(false);
        if (!created.IsSuccess)
        {
            return Reply.Error(created.Error.Message);
        }

        var group = created.Value!.Group;
        var lines = new List<string>
        {
            $"Created **{group.Name}** in {RichText.Channel(context.Channel.Id, context.Channel.Name)}, time zone {group.TimeZoneId}. Organizer: {RichText.User(context.Invoker.UserId, context.Invoker.DisplayName)}.",
            $"Others join with `/group join name:\"{group.Name}\"`.",
        };
        if (created.Value.ZoneWarning is { } warning)
        {
            lines.Add("Note: " + warning);
        }

        return Reply.Public(string.Join('\n', lines));
    }
}
