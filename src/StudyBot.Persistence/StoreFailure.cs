namespace StudyBot.Persistence;

/// <summary>Why the store failed, as far as the person waiting for an answer needs to know.</summary>
public enum StoreFailure
{
    /// <summary>Not a store failure (a bug, most likely).</summary>
    None = 0,

    /// <summary>Another writer held the database past the timeout: trying again in a moment works.</summary>
    Busy = 1,

    /// <summary>The disk is full: nothing can be saved until someone frees space.</summary>
    Full = 2,

    /// <summary>The database cannot be read or written (read-only, I/O error, damaged, gone).</summary>
    Unavailable = 3,
}
