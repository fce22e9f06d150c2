using Microsoft.Data.Sqlite;

namespace StudyBot.Persistence;

/// <summary>
/// Recognises the store's transient and environmental failures (wrapped in EF's or Quartz's exceptions or not), so
/// callers can answer "try again" and carry on instead of treating them as bugs. The provider's codes stay here.
/// </summary>
public static class StoreFailures
{
    // SQLite result codes: https://sqlite.org/rescode.html (the primary code is the low byte).
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    /// <summary>What kind of store failure <paramref name="exception"/> is, looking through wrapping exceptions.</summary>
    public static StoreFailure Classify(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return (sqlite.SqliteErrorCode & 0xFF) switch
                {
                    Busy or Locked => StoreFailure.Busy,
                    Full => StoreFailure.Full,
                    ReadOnly or IoError or Corrupt or CantOpen or NotADatabase => StoreFailure.Unavailable,
                    _ => StoreFailure.None,
                };
            }

            if (current is Writes.WriteGateTimeoutException)
            {
                return StoreFailure.Busy;
            }

            if (current is IOException or UnauthorizedAccessException)
            {
                return StoreFailure.Unavailable;
            }
        }

        return StoreFailure.None;
    }

    /// <summary>The one line a person gets when their request met <paramref name="failure"/>; nothing was changed.</summary>
    public static string Explain(StoreFailure failure) => failure switch
    {
        StoreFailure.Busy => "StudyBot is busy saving other changes and could not save yours; nothing was changed. Please try again in a moment.",
        StoreFailure.Full => "StudyBot could not save that: its disk is full. Nothing was changed; please try again later, and tell whoever runs StudyBot.",
        _ => "StudyBot could not reach its database; nothing was changed. Please try again in a moment, and tell whoever runs StudyBot if it keeps happening.",
    };
}
