using StudyBot.Core.Polls;

namespace StudyBot.Application.Polls;

/// <summary>A poll just created, and what its asker should know about how it shows (platform limits).</summary>
/// <param name="Poll">The poll.</param>
/// <param name="Notes">Fallbacks taken, such as buttons instead of a native poll for long options.</param>
public sealed record PollCreated(Poll Poll, IReadOnlyList<string> Notes);
