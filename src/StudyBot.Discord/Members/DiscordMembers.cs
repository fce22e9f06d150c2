using System.Net;
using System.Text.Json;
using StudyBot.Application;
using StudyBot.Application.Members;
using StudyBot.Core;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Members;

/// <summary>
/// Whether a user is in the guild, from Get Guild Member (which needs no privileged intent): Discord lets a command
/// name any user by id, including people who never joined or have left, and bots.
/// </summary>
internal sealed class DiscordMembers(DiscordApi api) : IPlatformMembers
{
    // Discord's JSON error codes for "no such member here" and "no such user at all".
    private const int UnknownMember = 10007;
    private const int UnknownUser = 10013;

    public Platform Platform => Platform.Discord;

    public async Task<WorkspacePresence> FindAsync(WorkspaceRef workspace, string userId, CancellationToken cancellationToken)
    {
        try
        {
            var member = await api.GetGuildMemberAsync(workspace.ExternalId, userId, cancellationToken).ConfigureAwait(false);
            return member.TryGetProperty("user", out var user) && user.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True
                ? WorkspacePresence.Bot
                : WorkspacePresence.Member;
        }
        catch (DiscordApiException ex) when (ex.Status == HttpStatusCode.NotFound && ex.ErrorCode is UnknownMember or UnknownUser)
        {
            return WorkspacePresence.Outside;
        }
        catch (DiscordApiException)
        {
            return WorkspacePresence.Unknown;
        }
    }
}
