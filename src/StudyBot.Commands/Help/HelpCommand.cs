using System.Globalization;
using System.Text;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Help;

/// <summary><c>/help</c>: every command in one message, or one command's options with an example.</summary>
public sealed class HelpCommand(CommandCatalog catalog) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "help",
        "List every command, or show one command's options",
        "help group create",
        CommandAccess.Anyone,
        [new("command", OptionType.String, "A command to explain, e.g. group create") { MaxLength = 64, Autocomplete = AutocompleteSource.Commands }])
    {
        PositionalOption = "command",
        ReadOnly = true,
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var prefix = context.Workspace.Platform == Platform.Slack ? "/study " : "/";
        var asked = context.GetString("command");
        if (asked is null)
        {
            return Task.FromResult(Reply.Private(Overview(prefix)));
        }

        var registration = catalog.Find(asked.TrimStart('/'));
        if (registration is null)
        {
            var suggestion = catalog.SuggestPath(asked.TrimStart('/'));
            return Task.FromResult(Reply.Error(suggestion is null
                ? $"There is no command `{asked}`. `{prefix}help` lists them all."
                : $"There is no command `{asked}`. Did you mean `{prefix}{suggestion}`? `{prefix}help {suggestion}` explains it."));
        }

        return Task.FromResult(Reply.Private(Describe(registration.Definition, prefix)));
    }

    /// <summary>
    /// One line per top-level command with its subcommands, so the whole list fits one chat message (Discord's
    /// 2,000 characters) however many commands there are; <c>/help group create</c> gives one in full.
    /// </summary>
    public string Overview(string prefix)
    {
        var text = new StringBuilder("StudyBot commands (options are written `name:value`; quote values with spaces):\n");
        foreach (var family in catalog.Commands.GroupBy(c => c.Path.Split(' ')[0]))
        {
            var members = family.ToList();
            var subcommands = members.Where(c => c.Path.Contains(' ', StringComparison.Ordinal)).Select(c => c.Path[(family.Key.Length + 1)..]).ToList();
            var plain = members.FirstOrDefault(c => c.Path == family.Key);
            text.Append(CultureInfo.InvariantCulture, $"• `{prefix}{family.Key}`");
            text.Append(subcommands.Count > 0 ? ": " + string.Join(", ", subcommands) : $": {plain!.Description}");
            text.Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"One command with its options and an example: `{prefix}help group create`.");
        return text.ToString();
    }

    /// <summary>A command's description, who may run it, and each option.</summary>
    public static string Describe(CommandDefinition command, string prefix)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"`{prefix}{command.Path}`: {command.Description}.\n");
        text.Append(command.Access switch
        {
            CommandAccess.GroupOrganizer => "Who: the group's organizers.\n",
            CommandAccess.GroupMember => "Who: the group's members.\n",
            _ => "Who: anyone.\n",
        });
        if (command.Options.Count == 0)
        {
            text.Append("Options: none.\n");
        }

        foreach (var option in command.Options)
        {
            var details = new List<string> { option.Type.ToString().ToLowerInvariant(), option.Required ? "required" : "optional" };
            if (option.Choices.Count > 0)
            {
                details.Add("one of " + string.Join(", ", option.Choices));
            }

            if (option.MaxLength is { } max)
            {
                details.Add($"up to {max} characters");
            }

            text.Append(CultureInfo.InvariantCulture, $"• `{option.Name}` ({string.Join(", ", details)}): {option.Description}\n");
        }

        if (command.Notes is { } notes)
        {
            text.Append(notes).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"Example: `{prefix}{command.Example}`");
        return text.ToString();
    }
}
