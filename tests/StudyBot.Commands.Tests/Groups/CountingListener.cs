using StudyBot.Application.Meetings;
using StudyBot.Commands.Routing;

namespace StudyBot.Commands.Tests.Groups;

/// <summary>Counts the meetings-changed notices the commands send after commit.</summary>
internal sealed class CountingListener : IMeetingsChangedListener
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void MeetingsChanged() => Interlocked.Increment(ref _count);
}
