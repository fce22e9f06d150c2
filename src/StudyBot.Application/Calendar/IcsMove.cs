using NodaTime;

namespace StudyBot.Application.Calendar;

/// <summary>One meeting of a series moved to another time.</summary>
/// <param name="OriginalStart">The start the series' rule gives it, in the series' zone.</param>
/// <param name="NewStart">Where it was moved to, in the same zone.</param>
public sealed record IcsMove(LocalDateTime OriginalStart, LocalDateTime NewStart);
