namespace StudyBot.Persistence;

/// <summary>The database cannot be used at all; the message is the one line an operator needs to fix it.</summary>
public sealed class DatabaseUnusableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DatabaseUnusableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public DatabaseUnusableException()
        : this("The database cannot be used.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public DatabaseUnusableException(string message)
        : this(message, null)
    {
    }
}
