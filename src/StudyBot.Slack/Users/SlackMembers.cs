using System.Text.Json;
using StudyBot.Application;
using StudyBot.Application.Members;
using StudyBot.Core;
using StudyBot.Slack.Api;

namespace StudyBot.Slack.Users;

/// <summary>
/// Whether a user is a person in the team, from users.info asked afresh (the cached directory cannot tell "no such
/// user" from an outage, and this is asked only when pairing people, rarely). Someone from another organisation
/// (Slack Connect, or a team outside this one's Enterprise Grid) is outside; so is an id Slack does not know.
/// </summary>
internal sealed class SlackMembers(SlackWebApi api) : IPlatformMembers
{
    public Platform Platform => Platform.Slack;

    public async Task<WorkspacePresence> FindAsync(WorkspaceRef workspace, string userId, CancellationToken cancellationToken)
    {
        JsonElement user;
        try
        {
            user = await api.GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException ex) when (ex.Error == "user_not_found")
        {
            return WorkspacePresence.Outside;
        }
        catch (SlackApiException)
        {
            return WorkspacePresence.Unknown;
        }

        return Presence(user, workspace.ExternalId);
    }

    private static WorkspacePresence Presence(JsonElement user, string teamId)
    {
        if (SlackWebApi.Flag(user, "deleted"))
        {
            return WorkspacePresence.Deactivated;
        }

        if (SlackWebApi.Flag(user, "is_bot") || SlackWebApi.Text(user, "id") == "USLACKBOT")
        {
            return WorkspacePresence.Bot;
        }

        if (SlackWebApi.Flag(user, "is_stranger"))
        {
            return WorkspacePresence.Outside;
        }

        // An older payload without team_id says nothing either way; a user of this team, or of a grid team that
        // includes it, is here.
        var userTeam = SlackWebApi.Text(user, "team_id");
        return userTeam is null || userTeam == teamId || InGridTeam(user, teamId) ? WorkspacePresence.Member : WorkspacePresence.Outside;
    }

    private static bool InGridTeam(JsonElement user, string teamId) =>
        user.TryGetProperty("enterprise_user", out var grid) && grid.ValueKind == JsonValueKind.Object
        && grid.TryGetProperty("teams", out var teams) && teams.ValueKind == JsonValueKind.Array
        && teams.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && t.GetString() == teamId);
}
