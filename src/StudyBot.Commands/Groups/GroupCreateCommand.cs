using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Commands.Timezone;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Commands.Groups;

/// <summary><c>/group create</c>: a new group homed in the current channel, its creator the first organizer.</summary>
public sealed class GroupCreateCommand(StudyBotDbContext db, Workspaces workspaces, UserTimeZones zones, TimeProvider time) : ICommandHandler
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
        var workspace = await workspaces.GetOrCreateAsync(context.Workspace, cancellationToken).ConfigureAwait(false);
        var zone = await ChooseZoneAsync(context, cancellationToken).ConfigureAwait(false);
        if (!zone.IsSuccess)
        {
            return Reply.Error(zone.Error.Message);
        }

        var created = Group.Create(workspace.Id, context.RequireString("name"), context.Channel.Id, zone.Value!.Id, context.Invoker.UserId, context.Invoker.DisplayName, time.Now());
        if (!created.IsSuccess)
        {
            return Reply.Error(created.Error.Message);
        }

        var group = created.Value!;
        var existing = await db.Groups.Where(g => g.WorkspaceId == workspace.Id && g.NormalizedName == group.NormalizedName)
            .Select(g => g.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return Reply.Error($"A group named \"{existing}\" already exists here. Pick another name, or join it with `/group join name:\"{existing}\"`.");
        }

        var texts = GroupTexts.Apply(group, context);
        if (!texts.IsSuccess)
        {
            return Reply.Error(texts.Error.Message);
        }

        db.Groups.Add(group);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var lines = new List<string>
        {
            $"Created **{group.Name}** in {RichText.Channel(context.Channel.Id, context.Channel.Name)}, time zone {group.TimeZoneId}. Organizer: {RichText.User(context.Invoker.UserId, context.Invoker.DisplayName)}.",
            $"Others join with `/group join name:\"{group.Name}\"`.",
        };
        if (zone.Value!.Warning is { } warning)
        {
            lines.Add("Note: " + warning);
        }

        return Reply.Public(string.Join('\n', lines));
    }

    private async Task<Result<TimeZoneChoice>> ChooseZoneAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.GetString("timezone") is { } typed)
        {
            return TimeZones.Parse(typed);
        }

        var own = await zones.FindAsync(context.Workspace, context.Invoker.UserId, cancellationToken).ConfigureAwait(false);
        return TimeZones.Parse(own?.Id ?? "UTC");
    }
}
