using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Application.Groups;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Tests.Support;

/// <summary>A test-only command that saves a row and then fails like a bug would.</summary>
internal sealed class CrashCommand(Workspaces workspaces) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("probe crash", "Save, then throw", "probe crash", CommandAccess.Anyone, []);

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await workspaces.GetOrCreateAsync(context.Workspace, cancellationToken);
        throw new InvalidOperationException("Simulated bug after a save.");
    }
}
