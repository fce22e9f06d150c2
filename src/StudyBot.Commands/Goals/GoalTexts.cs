using System.Globalization;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Meetings;
using StudyBot.Core.Goals;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;

namespace StudyBot.Commands.Goals;

/// <summary>How goals read in replies, and the options the goal commands share.</summary>
internal static class GoalTexts
{
    public static OptionDefinition GoalOption() =>
        new("goal", OptionType.String, "The goal's #number (see /goal list) or its exact title") { Required = true, MaxLength = GoalLimits.TitleMaxLength };

    public static OptionDefinition Group() => MeetingOptions.Group();

    /// <summary>"#3 **Read SICP** (group goal): 4 of 12 chapters (33%), due Fri 31 Dec 2027".</summary>
    public static string Line(Goal goal, Group group)
    {
        var whose = goal.OwnerUserId is { } owner ? RichText.User(owner, group.DisplayNameOf(owner)) + "'s" : "group goal";
        var due = goal.Due is { } date ? $", due {date.ToString("ddd d MMM uuuu", CultureInfo.InvariantCulture)}" : string.Empty;
        var state = goal.DoneAt is not null ? " ✅ done" : goal.DroppedAt is not null ? " (dropped)" : string.Empty;
        return $"#{goal.Id} **{goal.Title}** ({whose}): {goal.DescribeProgress()}{due}{state}";
    }
}
