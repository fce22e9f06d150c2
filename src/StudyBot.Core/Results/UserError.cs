namespace StudyBot.Core.Results;

/// <summary>
/// A mistake the user can fix. The message is shown to them privately and says what to do;
/// it is a value, not an exception, so handlers can return it without unwinding a transaction.
/// </summary>
/// <param name="Message">One clear line telling the user what was wrong and how to fix it.</param>
public sealed record UserError(string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
