using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Group = StudyBot.Core.Groups.Group;
using StudyBot.Core.Messaging;
using StudyBot.Core.Results;
using StudyBot.Persistence;

namespace StudyBot.Application.Meetings;

/// <summary>
/// Lets an agenda point at the group's shared resources: <c>resource:#3</c> in the agenda becomes a link titled
/// "#3 SICP" to the resource, on every platform. References are checked when the agenda is set, so a reminder
/// never shows a resource the group does not have.
/// </summary>
public sealed partial class AgendaResources(StudyBotDbContext db)
{
    /// <summary>The agenda with its resource references turned into links, or which reference is wrong.</summary>
    public async Task<Result<string?>> ResolveAsync(Group group, string? agenda, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var references = agenda is null ? [] : Reference().Matches(agenda).Select(m => long.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        if (references.Count == 0)
        {
            return agenda;
        }

        var found = await db.Resources.Where(r => r.GroupId == group.Id && references.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken).ConfigureAwait(false);
        if (references.FirstOrDefault(id => !found.ContainsKey(id)) is var missing and > 0)
        {
            return Result<string?>.Fail(string.Create(CultureInfo.InvariantCulture, $"The agenda names resource #{missing}, which {group.Name} does not have. `/resource list` shows its resources with their numbers."));
        }

        return Reference().Replace(agenda!, m =>
        {
            var resource = found[long.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture)];
            return RichText.Link(resource.Url, string.Create(CultureInfo.InvariantCulture, $"#{resource.Id} {resource.Title}"));
        });
    }

    [GeneratedRegex(@"\bresource:\s?#?(?<id>[0-9]{1,9})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
