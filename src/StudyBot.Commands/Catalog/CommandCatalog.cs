using StudyBot.Core.Text;

namespace StudyBot.Commands.Catalog;

/// <summary>Every command StudyBot knows, in declaration order.</summary>
public sealed class CommandCatalog
{
    private readonly Dictionary<string, CommandRegistration> _byPath;

    /// <summary>Builds the catalog from the registered commands.</summary>
    public CommandCatalog(IEnumerable<CommandRegistration> registrations)
    {
        Registrations = registrations.ToList();
        _byPath = Registrations.ToDictionary(r => r.Definition.Path, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>All commands with their handler types.</summary>
    public IReadOnlyList<CommandRegistration> Registrations { get; }

    /// <summary>All command definitions.</summary>
    public IEnumerable<CommandDefinition> Commands => Registrations.Select(r => r.Definition);

    /// <summary>Finds a command by its exact path.</summary>
    public CommandRegistration? Find(string path) => _byPath.GetValueOrDefault(NormalizePath(path));

    /// <summary>The closest known path to a mistyped one, for "did you mean".</summary>
    public string? SuggestPath(string path) => Suggestions.Closest(NormalizePath(path), _byPath.Keys);

    /// <summary>Collapses whitespace so "group  create" finds "group create".</summary>
    public static string NormalizePath(string path) =>
        string.Join(' ', (path ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
