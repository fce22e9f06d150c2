using StudyBot.Core.Groups;
using StudyBot.Core.Polls;

namespace StudyBot.Application.Polls;

/// <summary>A vote taken: the poll, its group and what the vote did.</summary>
public sealed record PollVoted(Poll Poll, Group Group, VoteChange Change);
