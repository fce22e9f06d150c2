using StudyBot.Application;
using StudyBot.Application.Groups;
using StudyBot.Application.Roles;
using StudyBot.Commands.Catalog;

namespace StudyBot.Commands;

/// <summary>Suggestions while a user types an option (Discord autocomplete; at most 25).</summary>
public sealed class Autocomplete(GroupMembership groups, GroupFinder finder, GroupRoles roles, CommandCatalog catalog)
{
    /// <summary>Discord's limit on autocomplete choices.</summary>
    public const int MaxChoices = 25;

    /// <summary>
    /// Values that start with (first) or contain what was typed, case-insensitively. Role names come from the
    /// group named by <paramref name="groupName"/> (what was typed in the command's group option so far), else
    /// from the group of <paramref name="channel"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> SuggestAsync(AutocompleteSource source, string typed, WorkspaceRef workspace, CancellationToken cancellationToken, ChannelRef? channel = null, string? groupName = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        IEnumerable<string> candidates = source switch
        {
            AutocompleteSource.TimeZones => Core.Time.TimeZones.Ids,
            AutocompleteSource.Commands => catalog.Commands.Select(c => c.Path),
            AutocompleteSource.GroupNames => await groups.NamesAsync(workspace, cancellationToken).ConfigureAwait(false),
            AutocompleteSource.RoleNames => await RoleNamesAsync(workspace, channel, groupName, cancellationToken).ConfigureAwait(false),
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

    private async Task<IEnumerable<string>> RoleNamesAsync(WorkspaceRef workspace, ChannelRef? channel, string? groupName, CancellationToken cancellationToken)
    {
        var group = await finder.FindAsync(workspace, channel ?? new ChannelRef(string.Empty, string.Empty), groupName, "group", cancellationToken).ConfigureAwait(false);
        return group.IsSuccess
            ? (await roles.ListAsync(group.Value!.Id, cancellationToken).ConfigureAwait(false)).Select(r => r.Name)
            : [];
    }
}
