using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;

namespace StudyBot.Commands.Polls;

/// <summary>The options the poll commands share.</summary>
internal static class PollTexts
{
    public static OptionDefinition PollOption() =>
        new("poll", OptionType.String, "The poll's #number (see /poll list); the group's only open poll (or its latest) when left out") { MaxLength = 20 };

    public static OptionDefinition Group() => MeetingOptions.Group();
}
