namespace StudyBot.Testing.Calendar;

/// <summary>Thrown by the test iCalendar reader when a file breaks RFC 5545 or uses what the reader does not read.</summary>
public sealed class IcsFormatException(string message) : FormatException(message);

/// <summary>The reader's one way to refuse a file.</summary>
internal static class IcsCheck
{
    public static void That(bool condition, string problem)
    {
        if (!condition)
        {
            throw new IcsFormatException(problem);
        }
    }
}
