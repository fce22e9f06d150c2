using System.Globalization;
using System.Text.Json.Nodes;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.ScheduledEvents;

/// <summary>
/// Creates, updates and deletes guild scheduled events of type EXTERNAL (3), guild-only privacy (2),
/// so a group's meetings can also show in Discord's event list. Discord allows 100 per guild.
/// </summary>
public sealed class DiscordScheduledEvents
{
    private const int External = 3;
    private const int GuildOnly = 2;
    private readonly DiscordApi _api;

    internal DiscordScheduledEvents(DiscordApi api) => _api = api;

    /// <summary>Creates the event; returns its id.</summary>
    public async Task<string> CreateAsync(string guildId, ExternalScheduledEvent meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var body = Body(meeting);
        body["privacy_level"] = GuildOnly;
        body["entity_type"] = External;
        var created = await _api.SendScheduledEventAsync(HttpMethod.Post, guildId, null, body, cancellationToken).ConfigureAwait(false);
        return created.GetProperty("id").GetString() ?? throw new DiscordApiException("Discord did not return the event's id.", status: null);
    }

    /// <summary>Updates the event's details and times.</summary>
    public Task UpdateAsync(string guildId, string eventId, ExternalScheduledEvent meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var body = Body(meeting);
        body["entity_type"] = External;

        // PATCH keeps what it is not given: an agenda that was removed must be cleared explicitly.
        body["description"] ??= null;
        return _api.SendScheduledEventAsync(HttpMethod.Patch, guildId, eventId, body, cancellationToken);
    }

    /// <summary>Deletes the event (a cancelled meeting).</summary>
    public Task DeleteAsync(string guildId, string eventId, CancellationToken cancellationToken) =>
        _api.SendScheduledEventAsync(HttpMethod.Delete, guildId, eventId, null, cancellationToken);

    private static JsonObject Body(ExternalScheduledEvent meeting)
    {
        var body = new JsonObject
        {
            ["name"] = DiscordText.Truncate(meeting.Name, 100),
            ["scheduled_start_time"] = Iso(meeting.Start),
            ["scheduled_end_time"] = Iso(meeting.End),
            ["entity_metadata"] = new JsonObject { ["location"] = DiscordText.Truncate(meeting.Location, 100) },
        };
        if (!string.IsNullOrWhiteSpace(meeting.Description))
        {
            body["description"] = DiscordText.Truncate(meeting.Description, 1000);
        }

        return body;
    }

    private static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
