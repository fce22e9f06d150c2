using StudyBot.Application.Meetings;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Core.Results;

namespace StudyBot.Commands.Meetings;

/// <summary>How an RSVP is confirmed, from the command and from a reminder's buttons alike.</summary>
internal static class RsvpReplies
{
    /// <summary>The private confirmation of an answer, or the error.</summary>
    public static Reply Render(Result<RsvpRecorded> recorded)
    {
        if (!recorded.IsSuccess)
        {
            return Reply.Error(recorded.Error.Message);
        }

        var (series, occurrence, zone, status) = recorded.Value!;
        var answer = status switch
        {
            RsvpStatus.Going => "are going to",
            RsvpStatus.Maybe => "might come to",
            _ => "can't come to",
        };
        var text = $"Noted: you {answer} **{series.Title}** on {MeetingText.When(occurrence.Start, zone)}.";
        var handedOver = recorded.Value!.HandedOver;
        return Reply.Private(handedOver.Count == 0 ? text : $"{text} Your role{(handedOver.Count == 1 ? string.Empty : "s")}: {string.Join("; ", handedOver)}. The group has been told.");
    }
}
