using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>
/// A group's regular meeting: a local start time and recurrence rule in the group's zone, with
/// reminders. Instants are derived from the rule and the zone whenever needed, so a 19:00 meeting
/// stays 19:00 local across daylight-saving changes.
/// </summary>
public sealed class MeetingSeries
{
    /// <summary>Creates a series; the command validates every value first.</summary>
    public MeetingSeries(long groupId, string title, LocalDateTime firstStart, string recurrence, int durationMinutes, string reminderOffsets, string createdBy, Instant createdAt)
    {
        GroupId = groupId;
        Title = title;
        FirstStart = firstStart;
        Recurrence = recurrence;
        DurationMinutes = durationMinutes;
        ReminderOffsets = reminderOffsets;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    /// <summary>Store key, shown to people as #id.</summary>
    public long Id { get; private set; }

    /// <summary>The group that meets.</summary>
    public long GroupId { get; private set; }

    /// <summary>What the meeting is called.</summary>
    public string Title { get; set; }

    /// <summary>The first start, local to the group's zone.</summary>
    public LocalDateTime FirstStart { get; set; }

    /// <summary>The recurrence rule in its storage form (see <c>Recurrence.ToStorage</c>).</summary>
    public string Recurrence { get; set; }

    /// <summary>Last local date an occurrence may fall on, inclusive.</summary>
    public LocalDate? Until { get; set; }

    /// <summary>Total number of occurrences, when limited.</summary>
    public int? Count { get; set; }

    /// <summary>Length of each meeting.</summary>
    public int DurationMinutes { get; set; }

    /// <summary>Room or link.</summary>
    public string? Location { get; set; }

    /// <summary>What the meeting covers.</summary>
    public string? Agenda { get; set; }

    /// <summary>Reminder offsets in minutes before the start, comma-separated, longest first.</summary>
    public string ReminderOffsets { get; set; }

    /// <summary>Who scheduled it.</summary>
    public string CreatedBy { get; private set; }

    /// <summary>When it was scheduled.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>Set when the whole series was cancelled.</summary>
    public Instant? CancelledAt { get; set; }

    /// <summary>
    /// Set when an edit from a date on ended this series the day before and a new series (this id) carries on:
    /// the meetings before that date keep their details, RSVPs and attendance here, and references to this
    /// series lead to the one that continues it.
    /// </summary>
    public long? ContinuedBy { get; set; }

    /// <summary>The reminder offsets as durations.</summary>
    public IReadOnlyList<Duration> Offsets =>
        ReminderOffsets.Length == 0
            ? []
            : ReminderOffsets.Split(',').Select(m => Duration.FromMinutes(long.Parse(m, System.Globalization.CultureInfo.InvariantCulture))).ToList();

    /// <summary>The schedule this series' stored rule describes.</summary>
    /// <exception cref="InvalidOperationException">The stored rule is unreadable (a bug or a damaged store).</exception>
    public MeetingSchedule ToSchedule()
    {
        var recurrence = Meetings.Recurrence.FromStorage(Recurrence);
        if (!recurrence.IsSuccess)
        {
            throw new InvalidOperationException($"Series {Id} has an unreadable recurrence '{Recurrence}'.");
        }

        var schedule = MeetingSchedule.Create(FirstStart, recurrence.Value!, Until, Count);
        return schedule.IsSuccess ? schedule.Value! : throw new InvalidOperationException($"Series {Id} is invalid: {schedule.Error.Message}");
    }

    /// <summary>Stores offsets in their compact form.</summary>
    public static string FormatOffsets(IEnumerable<Duration> offsets) =>
        string.Join(',', offsets.Select(o => ((long)o.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
