using StudyBot.Application;
using StudyBot.Commands.Routing;
using StudyBot.Core.Results;

namespace StudyBot.Commands.Parsing;

/// <summary>Reads several users from one text option: <c>"@alice @bob"</c> or <c>"alice, bob"</c>.</summary>
public static class UserList
{
    /// <summary>The distinct users named, or an error naming the first word that is not a user.</summary>
    public static Result<IReadOnlyList<UserMention>> Parse(string text)
    {
        var users = new List<UserMention>();
        foreach (var word in (text ?? string.Empty).Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (OptionBinder.ParseUserMention(word) is not { } user)
            {
                return Result<IReadOnlyList<UserMention>>.Fail($"`{word}` is not a user; list people like \"@alice @bob\".");
            }

            if (users.All(u => u.Id != user.Id))
            {
                users.Add(user);
            }
        }

        return users.Count == 0
            ? Result<IReadOnlyList<UserMention>>.Fail("Name at least one person, like \"@alice @bob\".")
            : users;
    }
}
