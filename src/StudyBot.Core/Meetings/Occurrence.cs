using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>One meeting of a series.</summary>
/// <param name="Index">Its position in the series, 0 for the first meeting; skipped meetings keep their index.</param>
/// <param name="Local">
/// Its scheduled local date and time in the group's zone, exactly as the rule says (even when that local
/// time falls in a daylight-saving gap); use it to name the occurrence in skips, moves and RSVPs.
/// </param>
/// <param name="Start">When it really starts, resolved with <see cref="Occurrences.Resolve"/>.</param>
public sealed record Occurrence(int Index, LocalDateTime Local, Instant Start);
