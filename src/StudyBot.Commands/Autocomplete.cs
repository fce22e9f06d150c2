using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Persistence;

namespace StudyBot.Commands;

/// <summary>Suggestions while a user types an option (Discord autocomplete; at most 25).</summary>
public sealed class Autocomplete(StudyBotDbContext db, Workspaces workspaces, CommandCatalog catalog)
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
            AutocompleteSource.GroupNames => await GroupNamesAsync(workspace, cancellationToken).ConfigureAwait(false),
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

    private async Task<IReadOnlyList<string>> GroupNamesAsync(WorkspaceRef workspace, CancellationToken cancellationToken)
    {
        var stored = await workspaces.FindAsync(workspace, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? []
            : await db.Groups.Where(g => g.WorkspaceId == stored.Id).Select(g => g.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
