using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Groups;

/// <summary><c>/group join</c>.</summary>
public sealed class GroupJoinCommand(StudyBotDbContext db, GroupFinder groups, TimeProvider time) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "group join",
        "Join a study group",
        "group join name:\"Algo Club\"",
        CommandAccess.Anyone,
        [GroupOptions.ExistingName(required: true)]);

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = await groups.FindAsync(context, context.GetString("name"), cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Reply.Error(found.Error.Message);
        }

        var group = found.Value!;
        var joined = group.Join(context.Invoker.UserId, context.Invoker.DisplayName, time.Now());
        if (!joined.IsSuccess)
        {
            return Reply.Error(joined.Error.Message);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Reply.Public($"{RichText.User(context.Invoker.UserId, context.Invoker.DisplayName)} joined **{group.Name}** ({group.Members.Count} members).");
    }
}
