using StudyBot.Commands.Routing;
using StudyBot.Core.Groups;
using StudyBot.Core.Results;

namespace StudyBot.Commands.Groups;

/// <summary>Applies the description and charter options, shared by create and settings.</summary>
internal static class GroupTexts
{
    public static Result<int> Apply(Group group, CommandContext context)
    {
        var changed = 0;
        if (context.GetString("description") is { } description)
        {
            var set = group.SetDescription(description);
            if (!set.IsSuccess)
            {
                return Result<int>.Fail(set.Error);
            }

            changed++;
        }

        if (context.GetString("charter") is { } charter)
        {
            var set = group.SetCharter(charter);
            if (!set.IsSuccess)
            {
                return Result<int>.Fail(set.Error);
            }

            changed++;
        }

        return changed;
    }
}
