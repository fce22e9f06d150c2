using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;

namespace StudyBot.Commands.Resources;

/// <summary>Options the resource commands share, and how much of a list a reply shows.</summary>
internal static class ResourceOptions
{
    /// <summary>Plain characters of resource lines one reply shows (Discord's embed description holds 4096 with the markup).</summary>
    public const int ListBudget = 3000;

    public static OptionDefinition Group() => MeetingOptions.Group();
}
