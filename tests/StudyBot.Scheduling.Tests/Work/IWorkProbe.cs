namespace StudyBot.Scheduling.Tests.Work;

/// <summary>A port the <see cref="ProbedWork"/> handler calls for each item, so a test can count calls or make one fail.</summary>
public interface IWorkProbe
{
    void Done(string key);
}
