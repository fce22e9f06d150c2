using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyBot.Application;
using StudyBot.Application.Groups;
using StudyBot.Application.Members;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Parsing;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Routing;

/// <summary>
/// The one entry point every adapter calls. Each call runs in its own DI scope and database
/// transaction; a user error or a crash rolls the transaction back, so nothing is half-stored.
/// For commands about a group, the router finds the group and checks the command's declared access
/// before the handler runs, so no handler repeats it.
/// </summary>
public sealed partial class CommandRouter(
    CommandCatalog catalog,
    TextCommandParser parser,
    IEnumerable<ComponentRegistration> components,
    IServiceScopeFactory scopes,
    ILogger<CommandRouter> logger)
{
    private readonly Dictionary<string, ComponentRegistration> _components = components.ToDictionary(c => c.Key, StringComparer.Ordinal);

    /// <summary>The catalog the router serves.</summary>
    public CommandCatalog Catalog => catalog;

    /// <summary>
    /// Who will see the reply to <paramref name="invocation"/>, known before it runs, so an adapter that must answer
    /// early shows its placeholder the same way. Unknown commands are answered with a private error.
    /// </summary>
    public ReplyVisibility ExpectedVisibility(CommandInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return catalog.Find(invocation.Path)?.Definition.VisibilityFor(invocation.Options) ?? ReplyVisibility.Private;
    }

    /// <summary>Who will see the reply to a button press or form submission; an unknown one gets a private error.</summary>
    public ReplyVisibility ExpectedVisibility(ComponentInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return _components.TryGetValue(invocation.Key, out var registration) ? registration.Replies : ReplyVisibility.Private;
    }

    /// <summary>Parses a typed command line (console, Slack) and runs it.</summary>
    public async Task<Reply> RouteTextAsync(string line, Invoker invoker, ChannelRef channel, WorkspaceRef workspace, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(line);
        if (!parsed.IsSuccess)
        {
            return Reply.Error(parsed.Error.Message);
        }

        var command = parsed.Value!;
        var typed = OptionBinder.Bind(command.Registration.Definition, command.RawOptions);
        if (!typed.IsSuccess)
        {
            return Reply.Error(typed.Error.Message);
        }

        var invocation = new CommandInvocation(command.Registration.Definition.Path, typed.Value!, invoker, channel, workspace);
        return await RouteAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Validates a typed invocation against the catalog and runs its handler.</summary>
    public async Task<Reply> RouteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var registration = catalog.Find(invocation.Path);
        if (registration is null)
        {
            var suggestion = catalog.SuggestPath(invocation.Path);
            return Reply.Error(suggestion is null
                ? $"Unknown command `/{invocation.Path}`. Type `/help` to see every command."
                : $"Unknown command `/{invocation.Path}`. Did you mean `/{suggestion}`?");
        }

        var problem = OptionValidator.Validate(registration.Definition, invocation.Options);
        if (problem is not null)
        {
            LogUserError(logger, invocation.Path, problem);
            return Reply.Error(problem);
        }

        var clean = invocation with { Options = UntrustedText.Clean(invocation.Options) };
        return await RunInScopeAsync(
            invocation.Path,
            registration.Definition.ReadOnly,
            services => RunHandlerAsync(services, registration, clean, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the handler of a button press or form submission.</summary>
    public async Task<Reply> RouteComponentAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!_components.TryGetValue(invocation.Key, out var registration))
        {
            return Reply.Error("This button is no longer supported. Run the command again for a fresh message.");
        }

        var clean = invocation with { FormValues = UntrustedText.Clean(invocation.FormValues) };
        return await RunInScopeAsync(
            invocation.Key,
            readOnly: false,
            services => ((IComponentHandler)services.GetRequiredService(registration.HandlerType)).HandleAsync(clean, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Reply> RunHandlerAsync(IServiceProvider services, CommandRegistration registration, CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var definition = registration.Definition;
        Group? group = null;
        if (definition.GroupOption is { } option)
        {
            var name = invocation.Options.TryGetValue(option, out var given) ? given as string : null;
            var found = await services.GetRequiredService<GroupFinder>()
                .FindAsync(invocation.Workspace, invocation.Channel, name, option, cancellationToken).ConfigureAwait(false);
            if (!found.IsSuccess)
            {
                return Reply.Error(found.Error.Message);
            }

            group = found.Value!;
            if (CommandAccessCheck.Refusal(definition, group, invocation.Invoker) is { } refusal
                && !(definition.Access == CommandAccess.GroupOrganizer && await IsPlatformAdminAsync(services, invocation, cancellationToken).ConfigureAwait(false)))
            {
                return Reply.Error(refusal);
            }
        }

        var handler = (ICommandHandler)services.GetRequiredService(registration.HandlerType);
        return await handler.HandleAsync(new CommandContext(invocation, definition, group), cancellationToken).ConfigureAwait(false);
    }

    // Only for an organizer's command about to be refused: a workspace admin (who counts as an organizer) whom the
    // adapter could not name in time still gets in.
    private static async Task<bool> IsPlatformAdminAsync(IServiceProvider services, CommandInvocation invocation, CancellationToken cancellationToken)
    {
        foreach (var source in services.GetServices<IPlatformAdmins>().Where(s => s.Platform == invocation.Workspace.Platform))
        {
            if (await source.IsAdminAsync(invocation.Workspace, invocation.Invoker.UserId, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<Reply> RunInScopeAsync(string what, bool readOnly, Func<IServiceProvider, Task<Reply>> handle, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StudyBotDbContext>();
            if (readOnly)
            {
                return await RunReadOnlyAsync(what, db, () => handle(scope.ServiceProvider)).ConfigureAwait(false);
            }

            // Beginning the transaction is where a write lock held elsewhere shows up, so it is inside the try too.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var reply = await handle(scope.ServiceProvider).ConfigureAwait(false);
            if (reply.IsError)
            {
                LogUserError(logger, what, reply.Text);
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return reply;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            scope.ServiceProvider.GetRequiredService<AfterCommit>().Run();
            return reply;
        }
        catch (Exception ex) when (StoreFailures.Classify(ex) is not StoreFailure.None and var failure)
        {
            LogStoreFailure(logger, ex, what, failure);
            return Reply.Error(StoreFailures.Explain(failure));
        }
        catch (DbUpdateException ex)
        {
            // A unique index caught a race the handler's own check could not see.
            LogConflict(logger, ex, what);
            return Reply.Error("Someone else changed the same thing at the same moment. Please try again.");
        }
#pragma warning disable CA1031 // Any bug must still produce a polite reply rather than a dead interaction.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return Crashed(what, ex);
        }
    }

    private static async Task<Reply> RunReadOnlyAsync(string what, StudyBotDbContext db, Func<Task<Reply>> handle)
    {
        var reply = await handle().ConfigureAwait(false);
        return db.ChangeTracker.HasChanges()
            ? throw new InvalidOperationException($"Read-only command {what} changed state; declare it as writing.")
            : reply;
    }

    private Reply Crashed(string what, Exception exception)
    {
        LogCrash(logger, exception, what);
        return Reply.Error("Something went wrong on StudyBot's side; nothing was changed. Please try again, and tell an organizer if it keeps happening.");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "User error in {Command}: {Problem}")]
    private static partial void LogUserError(ILogger logger, string command, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Command {Command} could not use the database ({Failure}); rolled back and told to try again")]
    private static partial void LogStoreFailure(ILogger logger, Exception exception, string command, StoreFailure failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conflicting write in {Command}; rolled back")]
    private static partial void LogConflict(ILogger logger, Exception exception, string command);

    [LoggerMessage(Level = LogLevel.Error, Message = "Command {Command} failed; rolled back")]
    private static partial void LogCrash(ILogger logger, Exception exception, string command);
}
