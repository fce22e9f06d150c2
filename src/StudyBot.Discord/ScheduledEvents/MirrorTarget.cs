using StudyBot.Core;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;

namespace StudyBot.Discord.ScheduledEvents;

/// <summary>A series that is mirrored, or should be: its group, workspace and current link, if any.</summary>
internal sealed record MirrorTarget(MeetingSeries Series, Group Group, Workspace Workspace, ExternalEvent? Link)
{
    /// <summary>True while the series should have an event: active, in a Discord group that opted in.</summary>
    public bool Wanted => Series.CancelledAt is null && Group.MirrorMeetingsToDiscord && Workspace.Platform == Platform.Discord;
}
