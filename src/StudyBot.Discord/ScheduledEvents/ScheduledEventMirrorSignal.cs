using StudyBot.Application.Meetings;
using StudyBot.Core.Threading;

namespace StudyBot.Discord.ScheduledEvents;

/// <summary>
/// Wakes the mirror service when meetings changed, so the server's event list follows a command at
/// once rather than at the next poll.
/// </summary>
internal sealed class ScheduledEventMirrorSignal : WakeSignal, IMeetingsChangedListener
{
    public void MeetingsChanged() => Notify();
}
