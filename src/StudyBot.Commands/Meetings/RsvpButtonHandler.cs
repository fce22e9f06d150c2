using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StudyBot.Commands.Routing;
using StudyBot.Commands.Support;
using StudyBot.Core.Messaging;
using StudyBot.Persistence;

namespace StudyBot.Commands.Meetings;

/// <summary>The Going / Maybe / Can't buttons under a reminder: <c>rsvp:{series}:{occurrence}:{status}</c>.</summary>
public sealed class RsvpButtonHandler(StudyBotDbContext db, RsvpRecorder recorder, TimeProvider time) : IComponentHandler
{
    /// <inheritdoc />
    public static string Key => "rsvp";

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var args = invocation.Arguments;
        if (args.Count != 3
            || !long.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seriesId)
            || MeetingText.ParseKey(args[1]) is not { } original
            || RsvpRecorder.ParseStatus(args[2]) is not { } status)
        {
            return Reply.Error("This button is damaged. Use `/meeting rsvp` instead.");
        }

        var series = await db.MeetingSeries.FirstOrDefaultAsync(s => s.Id == seriesId, cancellationToken).ConfigureAwait(false);
        var group = series is null ? null : await db.Groups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == series.GroupId, cancellationToken).ConfigureAwait(false);
        if (series is null || group is null)
        {
            return Reply.Error("That meeting no longer exists.");
        }

        return await recorder.RecordAsync(group, series, original, invocation.Invoker, status, time.Now(), cancellationToken).ConfigureAwait(false);
    }
}
