using StudyBot.Application.Resources;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;
using StudyBot.Core.Resources;
using StudyBot.Core.Results;

namespace StudyBot.Commands.Resources;

/// <summary>A list of resources under a heading, as much as fits in one reply.</summary>
internal static class ResourceListing
{
    /// <summary>The private answer to a list or search: its error, <paramref name="whenNone"/>, or the list.</summary>
    public static Reply Answer(Result<IReadOnlyList<Resource>> found, Group group, string heading, string whenNone)
    {
        if (!found.IsSuccess)
        {
            return Reply.Error(found.Error.Message);
        }

        return Reply.Private(found.Value!.Count == 0 ? whenNone : Render(heading, found.Value, group));
    }

    /// <summary>"{heading} (3):" then a line per resource; the rest, if any, counted with a way to narrow the list.</summary>
    private static string Render(string heading, IReadOnlyList<Resource> resources, Group group)
    {
        var (shown, left) = ResourceTexts.Within(resources.Select(r => "• " + ResourceTexts.Line(r, group)).ToList(), ResourceOptions.ListBudget);
        var more = left == 0 ? string.Empty : $"\n…and {left} more. Narrow it down with `/resource list tag:` or `/resource search`.";
        return $"{heading} ({resources.Count}):\n{string.Join("\n", shown)}{more}";
    }
}
