using System.Globalization;
using NodaTime;
using StudyBot.Core.Checkins;
using StudyBot.Core.Groups;
using StudyBot.Core.Mentors;
using StudyBot.Core.Messaging;

namespace StudyBot.Application.Mentors;

/// <summary>What StudyBot says between mentors and mentees, all by direct message.</summary>
public static class MentorMessages
{
    /// <summary>The action of the Reply button: opens the answer form (<c>mentor-reply:{pairing}:{about}</c>).</summary>
    public const string ReplyAction = "mentor-reply";

    /// <summary>The answer form's id prefix (<c>mentor-answer:{pairing}:{about}</c>).</summary>
    public const string AnswerForm = "mentor-answer";

    /// <summary>The answer form's text input.</summary>
    public const string AnswerField = "answer";

    /// <summary>The mentor's week of their mentee: check-ins and goal progress, with a Reply button.</summary>
    public static Reply Summary(Mentorship mentorship, Group group, LocalDate periodEnd, IReadOnlyList<Checkin> checkins, IReadOnlyList<(string Goal, string Step)> progress)
    {
        ArgumentNullException.ThrowIfNull(mentorship);
        ArgumentNullException.ThrowIfNull(checkins);
        ArgumentNullException.ThrowIfNull(progress);
        var member = MemberName(group, mentorship);
        var fields = new List<ReplyField>
        {
            new("Check-ins", checkins.Count == 0
                ? "None this week."
                : string.Join('\n', checkins.Select(c => $"{c.LocalDate.ToString("ddd d MMM", CultureInfo.InvariantCulture)}: {c.Did}{(c.Blockers is { } blocked ? $" (blocked: {blocked})" : string.Empty)}"))),
            new("Goal progress", progress.Count == 0 ? "None this week." : string.Join('\n', progress.Select(p => $"{p.Goal}: {p.Step}"))),
        };
        return new Reply
        {
            Text = $"Your weekly mentor check-in with **{member}** ({group.Name}), the week to {periodEnd.ToString("ddd d MMM", CultureInfo.InvariantCulture)}. Press Reply to answer them.",
            Fields = fields,
            Buttons = [ReplyButton(mentorship.Id, LocalDateKey(periodEnd))],
        };
    }

    /// <summary>The member's note at their own slot: their week goes to their mentor, who answers here.</summary>
    public static Reply Prompt(Mentorship mentorship, Group group)
    {
        ArgumentNullException.ThrowIfNull(mentorship);
        ArgumentNullException.ThrowIfNull(group);
        return Reply.Public($"It's your weekly mentor check-in with **{mentorship.MentorName}** ({group.Name}): your check-ins and goal progress of the week go to them {mentorship.Cadence.Describe()} their time, and their answer comes here. Need help sooner? `/mentor ask question:\"...\"`.");
    }

    /// <summary>One reminder to a mentor who has not answered a week's check-in.</summary>
    public static Reply Reminder(Mentorship mentorship, Group group, string period)
    {
        ArgumentNullException.ThrowIfNull(mentorship);
        return new Reply
        {
            Text = $"Reminder: **{MemberName(group, mentorship)}** ({group.Name}) is waiting for your answer to the mentor check-in of {period}. It takes a minute.",
            Buttons = [ReplyButton(mentorship.Id, period)],
        };
    }

    /// <summary>A member's question to their mentor, with a Reply button.</summary>
    public static Reply Question(Mentorship mentorship, Group group, MentorNote question)
    {
        ArgumentNullException.ThrowIfNull(mentorship);
        ArgumentNullException.ThrowIfNull(question);
        return new Reply
        {
            Text = $"**{MemberName(group, mentorship)}** ({group.Name}) asks for your help: {question.Text}",
            Buttons = [ReplyButton(mentorship.Id, QuestionKey(question.Id))],
        };
    }

    /// <summary>The mentor's answer, delivered to the member.</summary>
    public static Reply Answer(Mentorship mentorship, Group group, string about, string text)
    {
        ArgumentNullException.ThrowIfNull(mentorship);
        ArgumentNullException.ThrowIfNull(group);
        var what = IsQuestion(about) ? "your question" : $"your week to {about}";
        return Reply.Public($"**{mentorship.MentorName}** answered {what} ({group.Name}): {text}");
    }

    /// <summary>The key of a reply about a question.</summary>
    public static string QuestionKey(long noteId) => string.Create(CultureInfo.InvariantCulture, $"q{noteId}");

    /// <summary>Whether a reply is about a question rather than a week.</summary>
    public static bool IsQuestion(string about) => about.StartsWith('q');

    /// <summary>A week's key: the mentor's local date of its slot.</summary>
    public static string LocalDateKey(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    /// <summary>The member's name in the group.</summary>
    public static string MemberName(Group group, Mentorship mentorship)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(mentorship);
        return group.DisplayNameOf(mentorship.MemberUserId);
    }

    private static ReplyButton ReplyButton(long mentorshipId, string about) =>
        new("Reply", string.Create(CultureInfo.InvariantCulture, $"{ReplyAction}:{mentorshipId}:{about}"), ButtonStyle.Primary);
}
