namespace StudyBot.Commands.Catalog;

/// <summary>
/// A command, declared once: it drives Discord registration, Slack parsing, the console and help.
/// </summary>
/// <param name="Path">Words as typed after the slash: <c>group create</c>, <c>help</c>.</param>
/// <param name="Description">One line (at most 100 characters, Discord's limit).</param>
/// <param name="Example">A full example without the leading slash.</param>
/// <param name="Access">Who may run it.</param>
/// <param name="Options">Typed options, required ones first.</param>
public sealed record CommandDefinition(string Path, string Description, string Example, CommandAccess Access, IReadOnlyList<OptionDefinition> Options)
{
    /// <summary>
    /// An option that bare words after the path fill in typed text, so <c>/help group create</c> means
    /// <c>/help command:"group create"</c>. Null when the command takes no bare words.
    /// </summary>
    public string? PositionalOption { get; init; }

    /// <summary>
    /// The command only reads. It then runs without a write transaction, so on SQLite it never waits
    /// behind (or holds up) commands that write.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// The option that names the group the command acts on (<c>name</c> or <c>group</c>). The router finds
    /// the group from it, or from the channel when it is left out, and checks <see cref="Access"/> before the
    /// handler runs. Null for commands that are not about one existing group.
    /// </summary>
    public string? GroupOption { get; init; }

    /// <summary>What the command does, as it ends "Only organizers of Algo Club can …" in a refusal.</summary>
    public string AccessAction { get; init; } = "do that";

    /// <summary>A refusal for non-members that replaces the usual one; <c>{group}</c> stands for the group's name.</summary>
    public string? NonMemberRefusal { get; init; }

    /// <summary>Longer explanation shown by <c>/help</c> for this command only, such as the times it reads; null for none.</summary>
    public string? Notes { get; init; }

    /// <summary>
    /// Who sees the successful reply; errors are always private. Public by default, as most announcing commands are;
    /// a command that answers only its invoker declares <see cref="ReplyVisibility.Private"/>.
    /// </summary>
    public ReplyVisibility Replies { get; init; }

    /// <summary>
    /// For a command whose reply is public or private depending on what was asked (<c>/goal add scope:group</c>):
    /// decides from the typed options, in place of <see cref="Replies"/>. Null when the visibility is fixed.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object>, ReplyVisibility>? RepliesFor { get; init; }

    /// <summary>Who will see the successful reply to an invocation with these options.</summary>
    public ReplyVisibility VisibilityFor(IReadOnlyDictionary<string, object> options) => RepliesFor?.Invoke(options) ?? Replies;

    /// <summary>The words of the path.</summary>
    public IReadOnlyList<string> Words => Path.Split(' ');

    /// <summary>Finds an option by name.</summary>
    public OptionDefinition? FindOption(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
}
