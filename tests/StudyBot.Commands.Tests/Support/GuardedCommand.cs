using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Tests.Support;

/// <summary>
/// A test-only organizer command that declares its access and group option and checks nothing itself; it counts
/// how often it ran, so a test can tell the router refused before it did.
/// </summary>
internal sealed class GuardedCommand(GuardedCommand.Runs runs) : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "probe guarded",
        "Organizers only",
        "probe guarded group:\"Algo Club\"",
        CommandAccess.GroupOrganizer,
        [new("group", OptionType.String, "The group")])
    {
        GroupOption = "group",
        AccessAction = "run the guarded probe",
    };

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref runs.Count);
        return Task.FromResult(Reply.Private($"Ran for {context.Group.Name} with {context.Group.Members.Count} members."));
    }

    /// <summary>How often the handler ran.</summary>
    public sealed class Runs
    {
        public int Count;
    }
}
