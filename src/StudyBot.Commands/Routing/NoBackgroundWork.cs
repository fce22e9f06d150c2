namespace StudyBot.Commands.Routing;

/// <summary>Used when no scheduler runs (tests of commands alone); the workers' polls still find the work.</summary>
internal sealed class NoBackgroundWork : IBackgroundWork
{
    public void RemindersChanged()
    {
    }

    public void OutboxChanged()
    {
    }
}
