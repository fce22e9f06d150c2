using StudyBot.Core.Groups;
using StudyBot.Core.Results;

namespace StudyBot.Application.Groups;

/// <summary>Applies a description and a charter, shared by creating a group and changing it.</summary>
internal static class GroupTexts
{
    public static Result<int> Apply(Group group, string? description, string? charter)
    {
        var changed = 0;
        if (description is not null)
        {
            var set = group.SetDescription(description);
            if (!set.IsSuccess)
            {
                return set.Error;
            }

            changed++;
        }

        if (charter is not null)
        {
            var set = group.SetCharter(charter);
            if (!set.IsSuccess)
            {
                return set.Error;
            }

            changed++;
        }

        return changed;
    }
}
