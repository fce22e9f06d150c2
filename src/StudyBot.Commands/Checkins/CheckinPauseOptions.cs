using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;

namespace StudyBot.Commands.Checkins;

/// <summary>The options pause and resume share.</summary>
internal static class CheckinPauseOptions
{
    public static IReadOnlyList<OptionDefinition> Options { get; } =
    [
        new("member", OptionType.User, "Someone else (organizers only; default: you)"),
        new("all", OptionType.Boolean, "The whole group (organizers only)"),
        MeetingOptions.Group(),
    ];
}
