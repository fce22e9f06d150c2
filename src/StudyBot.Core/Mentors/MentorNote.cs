using NodaTime;

namespace StudyBot.Core.Mentors;

/// <summary>What passed between a mentor and their mentee: a question asked with <c>/mentor ask</c>, or a mentor's reply.</summary>
public sealed class MentorNote
{
    /// <summary>Records a note.</summary>
    public MentorNote(long mentorshipId, MentorNoteKind kind, string fromUserId, string text, string? period, Instant at)
    {
        MentorshipId = mentorshipId;
        Kind = kind;
        FromUserId = fromUserId;
        Text = text;
        Period = period;
        At = at;
    }

    /// <summary>Store key.</summary>
    public long Id { get; private set; }

    /// <summary>The pairing.</summary>
    public long MentorshipId { get; private set; }

    /// <summary>A question or a reply.</summary>
    public MentorNoteKind Kind { get; private set; }

    /// <summary>Who wrote it.</summary>
    public string FromUserId { get; private set; }

    /// <summary>What they wrote.</summary>
    public string Text { get; private set; }

    /// <summary>For a reply to a weekly check-in, that week's key (the mentor's local date of it); null otherwise.</summary>
    public string? Period { get; private set; }

    /// <summary>When.</summary>
    public Instant At { get; private set; }
}

/// <summary>What a mentor note is.</summary>
public enum MentorNoteKind
{
    /// <summary>The member asked their mentor for help.</summary>
    Question,

    /// <summary>The mentor answered (a weekly check-in or a question).</summary>
    Reply,
}
