using System.Diagnostics.CodeAnalysis;

namespace StudyBot.Core.Results;

/// <summary>Either a value or a <see cref="UserError"/>.</summary>
/// <typeparam name="T">The type of the successful value.</typeparam>
public readonly record struct Result<T>
{
    private Result(T? value, UserError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value when <see cref="IsSuccess"/>.</summary>
    public T? Value { get; }

    /// <summary>The error when the operation failed.</summary>
    public UserError? Error { get; }

    /// <summary>True when there is a value and no error.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A successful result.</summary>
    public static Result<T> Ok(T value) => new(value, null);

    /// <summary>A failed result.</summary>
    public static Result<T> Fail(string message) => new(default, new UserError(message));

    /// <summary>A failed result from an existing error.</summary>
    public static Result<T> Fail(UserError error) => new(default, error);

    /// <summary>Lets handlers return a value directly.</summary>
    public static implicit operator Result<T>(T value) => Ok(value);

    /// <summary>Lets handlers return an error directly.</summary>
    public static implicit operator Result<T>(UserError error) => Fail(error);
}
