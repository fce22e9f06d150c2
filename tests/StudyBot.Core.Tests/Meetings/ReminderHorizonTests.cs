using NodaTime;
using StudyBot.Core.Meetings;

namespace StudyBot.Core.Tests.Meetings;

public sealed class ReminderHorizonTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private static IEnumerable<PlannedOccurrence> Upcoming(MeetingSchedule schedule, Instant now) =>
        EffectiveOccurrences.From(schedule, Berlin, now + Duration.Epsilon, []);

    [Fact]
    public void WeeklyWithAOneWeekReminder_AfterSpringForward_PlansTheNextMeetingsReminderBeforeThisMeetingStarts()
    {
        // Sat 20, 27 Mar and 3 Apr 2027 at 08:00 Berlin; summer time begins on Sunday 28 March, so the week
        // from 27 Mar to 3 Apr is an hour short and 3 Apr's reminder is due at 06:00Z, before 27 Mar's 07:00Z start.
        var schedule = new MeetingSchedule(new LocalDateTime(2027, 3, 20, 8, 0), Recurrence.Weekly(IsoDayOfWeek.Saturday), count: 3);
        var atSecondStart = Instant.FromUtc(2027, 3, 20, 7, 0);

        var plan = ReminderHorizon.Plan(Upcoming(schedule, atSecondStart), [Duration.FromDays(7)], after: atSecondStart - Duration.Epsilon);

        Assert.Equal(Instant.FromUtc(2027, 3, 27, 7, 0), plan.Advance!.Start);
        Assert.Equal([Instant.FromUtc(2027, 3, 20, 7, 0), Instant.FromUtc(2027, 3, 27, 6, 0)], plan.Reminders.Select(r => r.DueAt));
        Assert.Equal([new LocalDateTime(2027, 3, 27, 8, 0), new LocalDateTime(2027, 4, 3, 8, 0)], plan.Reminders.Select(r => r.Occurrence.Original));
    }

    [Fact]
    public void RemindersDueAtOrBeforeTheCutOff_AreLeftOut()
    {
        var schedule = new MeetingSchedule(new LocalDateTime(2027, 3, 16, 19, 0), Recurrence.Weekly(IsoDayOfWeek.Tuesday));
        var now = Instant.FromUtc(2027, 3, 16, 10, 0);

        var plan = ReminderHorizon.Plan(Upcoming(schedule, now), [Duration.FromDays(1), Duration.FromMinutes(15)], after: now);

        var only = Assert.Single(plan.Reminders);
        Assert.Equal(Instant.FromUtc(2027, 3, 16, 17, 45), only.DueAt);
        Assert.Equal(Instant.FromUtc(2027, 3, 16, 18, 0), plan.Advance!.Start);
    }

    [Fact]
    public void EveryReminderDueBeforeTheAdvance_IsPlanned_WhicheverMeetingItBelongsTo()
    {
        // Daily meetings at 09:00 from Mon 3 May with a 3-day reminder, planned on 1 May: 3 May's reminder is past,
        // 4 and 5 May's fall due before 3 May's meeting starts (the advance), 6 May's exactly then, so the advance plans it.
        var schedule = new MeetingSchedule(new LocalDateTime(2027, 5, 3, 9, 0), Recurrence.Weekly(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)));
        var now = Instant.FromUtc(2027, 5, 1, 0, 0);

        var plan = ReminderHorizon.Plan(Upcoming(schedule, now), [Duration.FromDays(3)], after: now);

        var advance = plan.Advance!.Start;
        Assert.Equal(Instant.FromUtc(2027, 5, 3, 7, 0), advance);
        Assert.All(plan.Reminders, r => Assert.True(r.DueAt < advance && r.DueAt > now));
        Assert.Equal([4, 5], plan.Reminders.Select(r => r.Occurrence.Original.Day));
    }

    [Fact]
    public void ASeriesWithNothingAhead_PlansNoAdvance()
    {
        var schedule = new MeetingSchedule(new LocalDateTime(2027, 3, 16, 19, 0), Recurrence.Weekly(IsoDayOfWeek.Tuesday), count: 1);

        var plan = ReminderHorizon.Plan(Upcoming(schedule, Instant.FromUtc(2027, 3, 17, 0, 0)), [Duration.FromMinutes(15)], after: Instant.FromUtc(2027, 3, 17, 0, 0));

        Assert.Null(plan.Advance);
        Assert.Empty(plan.Reminders);
    }

    [Fact]
    public void WithoutReminders_OnlyTheAdvanceIsPlanned()
    {
        var schedule = new MeetingSchedule(new LocalDateTime(2027, 3, 16, 19, 0), Recurrence.Weekly(IsoDayOfWeek.Tuesday));

        var plan = ReminderHorizon.Plan(Upcoming(schedule, Instant.FromUtc(2027, 3, 1, 0, 0)), [], after: Instant.FromUtc(2027, 3, 1, 0, 0));

        Assert.Empty(plan.Reminders);
        Assert.Equal(new LocalDateTime(2027, 3, 16, 19, 0), plan.Advance!.Original);
    }
}
