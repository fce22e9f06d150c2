using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using StudyBot.Application;
using StudyBot.Application.Members;
using StudyBot.Commands.Intake;
using StudyBot.Commands.Parsing;
using StudyBot.Commands.Routing;
using StudyBot.Core;
using StudyBot.Core.Messaging;

namespace StudyBot.Host.ConsoleAdapter;

/// <summary>
/// One console conversation: who you are (<c>:as</c>), where (<c>:in</c>), and the buttons and form
/// last shown, so <c>:press</c> and <c>:submit</c> can answer them.
/// </summary>
public sealed class ConsoleSession(CommandRouter router, InFlightCommands inFlight, ConsoleOutput console, ConsoleOptions options, IServiceScopeFactory scopes)
{
    /// <summary>The console's single workspace.</summary>
    public static readonly WorkspaceRef Workspace = new(Platform.Console, "console");

    private static readonly string[] BuiltInDirectives = [":as <user>", ":in <channel>", ":press <label>", ":submit field:\"value\"", ":quit"];

    private readonly Lock _gate = new();
    private readonly List<ReplyButton> _buttons = [];
    private FormRequest? _form;

    /// <summary>The user commands run as.</summary>
    public string User { get; private set; } = Clean(options.User, '@');

    /// <summary>The channel commands run in, without '#'.</summary>
    public string Channel { get; private set; } = Clean(options.Channel, '#');

    /// <summary>Extra directives (such as <c>:clock</c>) that other parts of the host contribute.</summary>
    public IDictionary<string, Func<string, CancellationToken, Task<IReadOnlyList<string>>>> Directives { get; } =
        new Dictionary<string, Func<string, CancellationToken, Task<IReadOnlyList<string>>>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Handles one input line; returns false when the session should end.</summary>
    public async Task<bool> HandleLineAsync(string line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0 || text.StartsWith('#'))
        {
            return true;
        }

        if (text.StartsWith('/'))
        {
            await ShowAsync(await InHandAsync(token => router.RouteTextAsync(text, Invoker, ChannelRef, Workspace, token)).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (!text.StartsWith(':'))
        {
            console.WriteLines(["Commands start with `/` (try `/help`); console directives with `:` (`:as bob`, `:in #study`, `:quit`)."]);
            return true;
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var directive = space < 0 ? text[1..] : text[1..space];
        var argument = space < 0 ? string.Empty : text[(space + 1)..].Trim();
        switch (directive.ToLowerInvariant())
        {
            case "quit" or "exit":
                return false;
            case "as" when Clean(argument, '@').Length > 0:
                User = Clean(argument, '@');
                console.WriteLines([$"(now acting as @{User})"]);
                return true;
            case "in" when Clean(argument, '#').Length > 0:
                Channel = Clean(argument, '#');
                console.WriteLines([$"(now in #{Channel})"]);
                return true;
            case "press":
                await PressAsync(argument, cancellationToken).ConfigureAwait(false);
                return true;
            case "submit":
                await SubmitAsync(argument, cancellationToken).ConfigureAwait(false);
                return true;
        }

        if (Directives.TryGetValue(directive, out var handler))
        {
            console.WriteLines(await handler(argument, cancellationToken).ConfigureAwait(false));
            return true;
        }

        var known = BuiltInDirectives.Concat(Directives.Keys.Select(k => $":{k}"));
        var name = directive.ToLowerInvariant();
        console.WriteLines([name is "as" or "in"
            ? $"`:{name}` needs an argument, e.g. `{(name == "as" ? ":as bob" : ":in #study")}`."
            : $"Unknown directive `:{directive}`. Directives: {string.Join(", ", known)}."]);
        return true;
    }

    /// <summary>Keeps the buttons and form of a message so they can be pressed or submitted.</summary>
    public void Remember(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        lock (_gate)
        {
            if (reply.Buttons.Count > 0)
            {
                _buttons.RemoveAll(b => reply.Buttons.Any(n => string.Equals(n.Label, b.Label, StringComparison.OrdinalIgnoreCase)));
                _buttons.AddRange(reply.Buttons);
            }

            if (reply.Form is not null)
            {
                _form = reply.Form;
            }
        }
    }

    private Invoker Invoker => new(User, User);

    private ChannelRef ChannelRef => new(Channel, Channel);

    /// <summary>
    /// The zone of the person at the console (their own, set with <c>/timezone set</c>), or null when they have
    /// none: times are then shown only in the group's zone.
    /// </summary>
    public async Task<DateTimeZone?> ViewerZoneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var zone = await scope.ServiceProvider.GetRequiredService<UserTimeZones>().FindAsync(Workspace, User, cancellationToken).ConfigureAwait(false);
        return zone is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone.Id);
    }

    private async Task ShowAsync(Reply reply, CancellationToken cancellationToken)
    {
        Remember(reply);
        var prefix = reply.Ephemeral ? $"(only @{User} can see this) " : string.Empty;
        console.WriteLines(ConsoleRenderer.Render(reply, prefix, await ViewerZoneAsync(cancellationToken).ConfigureAwait(false)));
    }

    private async Task PressAsync(string label, CancellationToken cancellationToken)
    {
        ReplyButton? button;
        lock (_gate)
        {
            button = _buttons.LastOrDefault(b => string.Equals(b.Label, label.Trim('"'), StringComparison.OrdinalIgnoreCase));
        }

        if (button is null)
        {
            console.WriteLines([$"No button labelled \"{label}\" has been shown yet."]);
            return;
        }

        var press = new ComponentInvocation(button.ActionId, Invoker, ChannelRef, Workspace, new Dictionary<string, string>());
        await ShowAsync(await InHandAsync(token => router.RouteComponentAsync(press, token)).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    private async Task SubmitAsync(string argument, CancellationToken cancellationToken)
    {
        var form = _form;
        if (form is null)
        {
            console.WriteLines(["No form is open. Forms open when you press a button that asks for details."]);
            return;
        }

        var tokens = Tokenizer.Split(argument);
        if (!tokens.IsSuccess)
        {
            console.WriteLines([tokens.Error.Message]);
            return;
        }

        // As on the platforms, an input the person does not touch keeps what the form put in it.
        var values = form.Fields.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Id, f => f.Value!, StringComparer.Ordinal);
        foreach (var token in tokens.Value!)
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || form.Fields.All(f => f.Id != token[..colon]))
            {
                console.WriteLines([$"`{token}` is not a field of \"{form.Title}\". Fields: {string.Join(", ", form.Fields.Select(f => f.Id))}."]);
                return;
            }

            values[token[..colon]] = token[(colon + 1)..].Replace("\\n", "\n", StringComparison.Ordinal);
        }

        // The checks Discord and Slack make before a form is sent at all.
        var problem = form.Fields.Select(f => f.Required && string.IsNullOrWhiteSpace(values.GetValueOrDefault(f.Id))
                ? $"`{f.Id}` is required; the form stays open."
                : values.GetValueOrDefault(f.Id) is { } value && value.Length > f.MaxLength
                    ? $"`{f.Id}` can be at most {f.MaxLength} characters; yours has {value.Length}. The form stays open."
                    : null)
            .FirstOrDefault(p => p is not null);
        if (problem is not null)
        {
            console.WriteLines([problem]);
            return;
        }

        foreach (var empty in values.Where(v => v.Value.Length == 0).Select(v => v.Key).ToList())
        {
            values.Remove(empty);
        }

        _form = null;
        var submission = new ComponentInvocation(form.FormId, Invoker, ChannelRef, Workspace, values);
        await ShowAsync(await InHandAsync(token => router.RouteComponentAsync(submission, token)).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    // A command someone typed finishes even when Ctrl+C comes meanwhile (within the shutdown grace).
    private async Task<Reply> InHandAsync(Func<CancellationToken, Task<Reply>> route)
    {
        using var lease = inFlight.TryBegin();
        return lease is null ? Reply.Error(InFlightCommands.RestartingMessage) : await route(inFlight.Stopping).ConfigureAwait(false);
    }

    private static string Clean(string value, char marker) => value.Trim().TrimStart(marker);
}
