using Microsoft.EntityFrameworkCore;
using StudyBot.Application.Checkins;
using StudyBot.Core.Groups;
using StudyBot.Core.Mentors;
using StudyBot.Core.Messaging;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Mentors;

/// <summary>
/// What passes between a mentor and their mentee: the member's questions (<c>/mentor ask</c>) and the mentor's
/// answers, written in a form opened by the Reply button; each arrives by direct message and is kept as a note.
/// </summary>
public sealed class MentorConversation(StudyBotDbContext db, CheckinOutbox outbox, TimeProvider time)
{
    /// <summary>Longest question or answer.</summary>
    public const int TextMaxLength = 2000;

    /// <summary>Sends the invoker's question to their mentor in <paramref name="group"/>.</summary>
    public async Task<Result<Mentorship>> AskAsync(Group group, Invoker invoker, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        var text = (question ?? string.Empty).Trim();
        if (text.Length == 0 || text.Length > TextMaxLength)
        {
            return Result<Mentorship>.Fail($"Write your question in `question:` (up to {TextMaxLength} characters).");
        }

        var mentorship = await db.Mentorships.FirstOrDefaultAsync(m => m.GroupId == group.Id && m.MemberUserId == invoker.UserId && m.EndedAt == null, cancellationToken).ConfigureAwait(false);
        if (mentorship is null)
        {
            return Result<Mentorship>.Fail($"You have no mentor in {group.Name}. Choose one with `/mentor link member:@you mentor:@them`, or ask an organizer to.");
        }

        var now = time.Now();
        var note = new MentorNote(mentorship.Id, MentorNoteKind.Question, invoker.UserId, text, null, now);
        db.MentorNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var pair = (await MentorPair.LoadAsync(db, mentorship.Id, cancellationToken).ConfigureAwait(false))!;
        outbox.Add(pair.DirectMessage(mentorship.MentorUserId, MentorMessages.Question(mentorship, group, note), $"mentor.question:{note.Id}"), null);
        await outbox.SendAsync(now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return mentorship;
    }

    /// <summary>The answer form, for the pairing's mentor only.</summary>
    public async Task<Result<FormRequest>> FormAsync(long mentorshipId, string about, Invoker invoker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        var pair = await PairOfMentorAsync(mentorshipId, invoker, cancellationToken).ConfigureAwait(false);
        if (!pair.IsSuccess)
        {
            return pair.Error;
        }

        var member = MentorMessages.MemberName(pair.Value!.Group, pair.Value.Mentorship);
        var title = $"Answer {member}";
        return new FormRequest(
            $"{MentorMessages.AnswerForm}:{mentorshipId}:{about}",
            title.Length <= 45 ? title : title[..44] + "…",
            [new FormField(MentorMessages.AnswerField, "Your answer", MultiLine: true, MaxLength: TextMaxLength)]);
    }

    /// <summary>Records the mentor's answer and sends it to the member.</summary>
    public async Task<Result<MentorPair>> AnswerAsync(long mentorshipId, string about, Invoker invoker, string? answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        var pair = await PairOfMentorAsync(mentorshipId, invoker, cancellationToken).ConfigureAwait(false);
        if (!pair.IsSuccess)
        {
            return pair.Error;
        }

        var text = (answer ?? string.Empty).Trim();
        if (text.Length == 0 || text.Length > TextMaxLength)
        {
            return Result<MentorPair>.Fail($"Write an answer of up to {TextMaxLength} characters.");
        }

        var (mentorship, group, _) = pair.Value!;
        var now = time.Now();
        var note = new MentorNote(mentorship.Id, MentorNoteKind.Reply, invoker.UserId, text, about, now);
        db.MentorNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        outbox.Add(pair.Value.DirectMessage(mentorship.MemberUserId, MentorMessages.Answer(mentorship, group, about, text), $"mentor.answer:{note.Id}"), null);
        await outbox.SendAsync(now, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return pair;
    }

    private async Task<Result<MentorPair>> PairOfMentorAsync(long mentorshipId, Invoker invoker, CancellationToken cancellationToken)
    {
        var pair = await MentorPair.LoadAsync(db, mentorshipId, cancellationToken).ConfigureAwait(false);
        if (pair is null)
        {
            return Result<MentorPair>.Fail("This mentoring pair has ended, so there is no one to answer.");
        }

        return pair.Mentorship.MentorUserId == invoker.UserId
            ? pair
            : Result<MentorPair>.Fail($"Only {pair.Mentorship.MentorName}, the mentor, can answer here.");
    }
}
