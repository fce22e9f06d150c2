using StudyBot.Application.Meetings;
using StudyBot.Core.Meetings;
using StudyBot.Core.Messaging;
using StudyBot.Core.Results;

namespace StudyBot.Commands.Meetings;

/// <summary>How an RSVP is confirmed, from the command and from a reminder's buttons alike.</summary>
internal static class RsvpReplies
{
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
        return Reply.Private($"Noted: you {answer} **{series.Title}** on {MeetingText.When(occurrence.Start, zone)}.");
    }
}
