using Microsoft.EntityFrameworkCore;
using NodaTime;
using StudyBot.Application.Groups;
using StudyBot.Application.Meetings;
using StudyBot.Application.Work;
using StudyBot.Core;
using StudyBot.Core.Goals;
using StudyBot.Core.Groups;
using StudyBot.Core.Meetings;
using StudyBot.Core.Polls;
using StudyBot.Core.Results;
using StudyBot.Core.Time;
using StudyBot.Persistence;

namespace StudyBot.Application.Polls;

/// <summary>
/// Creates a poll from what people typed: checks every part, stores it, plans its close at the deadline and
/// posts its card in the group's channel, all in the caller's unit of work (nothing is stored when a part is wrong).
/// </summary>
public sealed class PollCreation(StudyBotDbContext db, MeetingFinder meetings, WorkPlanner planner, PollPublisher publisher, TimeProvider time)
{
    /// <summary>Longest title of a meeting a meeting-time poll schedules (as <c>/meeting schedule</c>).</summary>
    public const int MeetingTitleMaxLength = 100;

    // Discord's native polls hold answers up to 55 characters; buttons show 80 (Discord) or 75 (Slack).
    private const int NativePollAnswerLength = 55;
    private const int ButtonLabelLength = 75;

    /// <summary>Creates the poll <paramref name="request"/> describes, or says exactly what to fix.</summary>
    public async Task<Result<PollCreated>> CreateAsync(Group group, Invoker invoker, Platform platform, PollRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(invoker);
        ArgumentNullException.ThrowIfNull(request);
        var now = time.Now();
        var zoned = now.InZone(group.Zone());
        var open = await db.Polls.CountAsync(p => p.GroupId == group.Id && p.ClosedAt == null, cancellationToken).ConfigureAwait(false);
        if (open >= PollLimits.OpenPollsPerGroup)
        {
            return Result<PollCreated>.Fail($"{group.Name} has {open} open polls, the most there can be. Close one first with `/poll close`.");
        }

        var draft = await DraftAsync(group, invoker, request, zoned, cancellationToken).ConfigureAwait(false);
        if (!draft.IsSuccess)
        {
            return draft.Error;
        }

        var created = Poll.Create(draft.Value!, now);
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        var poll = created.Value!;
        db.Polls.Add(poll);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await planner.PlanAsync(PollCloseWork.Owner(poll.Id), PollCloseWork.Plan(poll), now, cancellationToken).ConfigureAwait(false);
        await publisher.PostAsync(poll, group, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new PollCreated(poll, Notes(poll, platform));
    }

    private async Task<Result<PollDraft>> DraftAsync(Group group, Invoker invoker, PollRequest request, ZonedDateTime now, CancellationToken cancellationToken)
    {
        var kind = ParseKind(request.Kind);
        if (!kind.IsSuccess)
        {
            return kind.Error;
        }

        var closesAt = PollDeadline.Parse(request.Closes, now);
        if (!closesAt.IsSuccess)
        {
            return closesAt.Error;
        }

        var options = PollOptionsText.Split(request.Options);
        var draft = new PollDraft(group.Id, invoker.UserId, kind.Value, request.Question ?? string.Empty, options, closesAt.Value, request.Multiple, request.Anonymous, request.HideResults);
        return kind.Value switch
        {
            PollKind.Goal => GoalDraft(draft, request, now),
            PollKind.MeetingTime => await MeetingDraftAsync(draft, group, invoker, request, now, cancellationToken).ConfigureAwait(false),
            _ => UnusedOptions(request, "plain") is { } unused ? unused : draft,
        };
    }

    private static Result<PollDraft> GoalDraft(PollDraft draft, PollRequest request, ZonedDateTime now)
    {
        if (request.Meeting is not null || request.Title is not null || request.Duration is not null)
        {
            return Result<PollDraft>.Fail("`meeting`, `title` and `duration` are for meeting-time polls (`kind:meeting`); a goal poll takes `due`.");
        }

        if (draft.Options.FirstOrDefault(o => o.Text.Length > GoalLimits.TitleMaxLength) is { } tooLong)
        {
            return Result<PollDraft>.Fail($"Option {tooLong.Index + 1} would be a goal title, and those can be at most {GoalLimits.TitleMaxLength} characters; it has {tooLong.Text.Length}.");
        }

        if (string.IsNullOrWhiteSpace(request.Due))
        {
            return draft;
        }

        var due = OccurrenceDates.Parse(request.Due, now);
        if (!due.IsSuccess)
        {
            return Result<PollDraft>.Fail($"`due` must be a day like 2027-03-23, fri or tomorrow; got `{request.Due.Trim()}`.");
        }

        var closingDay = draft.ClosesAt.InZone(now.Zone).Date;
        return due.Value < closingDay
            ? Result<PollDraft>.Fail($"The goal would be due {due.Value:ddd d MMM uuuu}, before the poll even closes ({closingDay:ddd d MMM uuuu}). Give a later `due`.")
            : draft with { GoalDue = due.Value };
    }

    private async Task<Result<PollDraft>> MeetingDraftAsync(PollDraft draft, Group group, Invoker invoker, PollRequest request, ZonedDateTime now, CancellationToken cancellationToken)
    {
        if (!Permissions.IsOrganizer(group, invoker))
        {
            return Result<PollDraft>.Fail(Permissions.OrganizerOnly(group, "run meeting-time polls (the winner schedules a meeting)"));
        }

        if (request.Due is not null)
        {
            return Result<PollDraft>.Fail("`due` is for goal polls (`kind:goal`); a meeting-time poll takes `meeting`, `title` and `duration`.");
        }

        var times = PollOptionsText.Times(draft.Options, now, draft.ClosesAt);
        if (!times.IsSuccess)
        {
            return times.Error;
        }

        draft = draft with { Options = times.Value! };
        if (!string.IsNullOrWhiteSpace(request.Meeting))
        {
            if (request.Title is not null || request.Duration is not null)
            {
                return Result<PollDraft>.Fail("`title` and `duration` are for a new meeting; with `meeting:` the winning time moves that series' next meeting, which keeps its title and length.");
            }

            var series = await meetings.FindAsync(group, request.Meeting, cancellationToken).ConfigureAwait(false);
            return series.IsSuccess ? draft with { SeriesId = series.Value!.Id, MeetingTitle = series.Value.Title } : series.Error;
        }

        var title = (request.Title ?? draft.Question).Trim();
        if (title.Length > MeetingTitleMaxLength)
        {
            return Result<PollDraft>.Fail($"The meeting would be called after the question, but meeting titles can be at most {MeetingTitleMaxLength} characters. Give a shorter `title:`.");
        }

        var length = DurationParser.Parse(request.Duration ?? "60m");
        return length.IsSuccess
            ? draft with { MeetingTitle = title, MeetingMinutes = (int)length.Value.TotalMinutes }
            : length.Error;
    }

    private static Result<PollKind> ParseKind(string? kind) => (kind ?? "plain").Trim().ToUpperInvariant() switch
    {
        "PLAIN" or "" => PollKind.Plain,
        "GOAL" => PollKind.Goal,
        "MEETING" or "MEETING-TIME" or "TIME" => PollKind.MeetingTime,
        _ => Result<PollKind>.Fail($"`kind` is plain, goal or meeting; got `{kind!.Trim()}`."),
    };

    private static UserError? UnusedOptions(PollRequest request, string kind) =>
        request.Due is not null || request.Meeting is not null || request.Title is not null || request.Duration is not null
            ? new UserError($"`due` is for goal polls and `meeting`, `title`, `duration` for meeting-time polls; this is a {kind} poll. Add `kind:goal` or `kind:meeting`, or leave them out.")
            : null;

    // Where the platform cannot show the poll as asked, say what it does instead.
    private static List<string> Notes(Poll poll, Platform platform)
    {
        var notes = new List<string>();
        var longest = poll.Options.MaxBy(o => o.Text.Length)!;
        if (platform == Platform.Discord && !poll.Anonymous && !poll.ResultsHidden && longest.Text.Length > NativePollAnswerLength)
        {
            notes.Add($"Option {longest.Index + 1} is longer than Discord's native polls allow ({NativePollAnswerLength} characters), so this poll uses buttons.");
        }

        if (platform != Platform.Console && longest.Text.Length > ButtonLabelLength)
        {
            notes.Add($"Buttons show the first {ButtonLabelLength} characters of long options; the poll message has the full text.");
        }

        return notes;
    }
}
