namespace StudyBot.Application;

/// <summary>Used when no scheduler runs (tests of commands alone); the workers' polls still find the work.</summary>
internal sealed class NoBackgroundWork : IBackgroundWork
{
    public void WorkPlanned()
    {
    }

    public void OutboxChanged()
    {
    }
}
