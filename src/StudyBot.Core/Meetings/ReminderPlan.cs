using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>What <see cref="ReminderHorizon.Plan"/> decided for a series.</summary>
/// <param name="Reminders">The reminders to plan, in due order.</param>
/// <param name="Advance">The occurrence at whose start the series is planned again; null when the series is over.</param>
public sealed record ReminderPlan(IReadOnlyList<PlannedReminder> Reminders, PlannedOccurrence? Advance);

/// <summary>One reminder of one occurrence.</summary>
/// <param name="Occurrence">The occurrence it reminds of.</param>
/// <param name="Offset">How long before the start.</param>
/// <param name="DueAt">When it is sent: the start minus the offset.</param>
public sealed record PlannedReminder(PlannedOccurrence Occurrence, Duration Offset, Instant DueAt);
