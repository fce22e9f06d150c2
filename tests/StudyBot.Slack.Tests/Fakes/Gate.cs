namespace StudyBot.Slack.Tests.Fakes;

/// <summary>Holds a command until the test lets it finish, to exercise the 3-second acknowledgement path.</summary>
public sealed class Gate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

    public void Open() => _open.TrySetResult();

    public async Task PassAsync(CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        await _open.Task.WaitAsync(cancellationToken);
    }
}
