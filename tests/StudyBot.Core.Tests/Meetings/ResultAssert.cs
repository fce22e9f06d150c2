using StudyBot.Core.Results;

namespace StudyBot.Core.Tests.Meetings;

/// <summary>Assertions on <see cref="Result{T}"/> that show the error when a success was expected.</summary>
internal static class ResultAssert
{
    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    public static void Fails<T>(Result<T> result, string message)
    {
        Assert.False(result.IsSuccess, $"Expected the error \"{message}\" but got {result.Value}.");
        Assert.Equal(message, result.Error.Message);
    }
}
