using StudyBot.Application;
using StudyBot.Application.Groups;
using StudyBot.Commands.Catalog;

namespace StudyBot.Commands;

/// <summary>Suggestions while a user types an option (Discord autocomplete; at most 25).</summary>
public sealed class Autocomplete(GroupMembership groups, CommandCatalog catalog)
{
    /// <summary>Discord's limit on autocomplete choices.</summary>
    public const int MaxChoices = 25;

    /// <summary>Values that start with (first) or contain what was typed, case-insensitively.</summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(AutocompleteSource source, string typed, WorkspaceRef workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        IEnumerable<string> candidates = source switch
        {
            AutocompleteSource.TimeZones => Core.Time.TimeZones.Ids,
            AutocompleteSource.Commands => catalog.Commands.Select(c => c.Path),
            AutocompleteSource.GroupNames => await groups.NamesAsync(workspace, cancellationToken).ConfigureAwait(false),
            _ => [],
        };
        var needle = (typed ?? string.Empty).Trim();
        return candidates
            .Where(c => c.Contains(needle, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.StartsWith(needle, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(c => c, StringComparer.OrdinalIgnoreCase)
            .Take(MaxChoices)
            .ToList();
    }
}
