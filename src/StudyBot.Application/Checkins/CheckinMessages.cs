using System.Globalization;
using NodaTime;
using StudyBot.Application.Meetings;
using StudyBot.Core.Checkins;
using StudyBot.Core.Goals;
using StudyBot.Core.Groups;
using StudyBot.Core.Messaging;

namespace StudyBot.Application.Checkins;

/// <summary>What StudyBot says about check-ins: the prompt, the nudge, the form and where they go.</summary>
public static class CheckinMessages
{
    /// <summary>The action of the prompt's button: opens the check-in form.</summary>
    public const string OpenAction = "checkin-open";

    /// <summary>The form's id prefix; its submission records the check-in.</summary>
    public const string FormKey = "checkin";

    /// <summary>The "what I did" input.</summary>
    public const string DidField = "did";

    /// <summary>The "blockers" input.</summary>
    public const string BlockersField = "blockers";

    /// <summary>The prefix of a goal's input; the goal's number follows.</summary>
    public const string GoalFieldPrefix = "goal-";

    /// <summary>The prompt, with the button that opens the form.</summary>
    public static Reply Prompt(Group group, string userId, LocalDate day, CheckinDelivery delivery, StreakState streak)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(streak);
        var who = delivery == CheckinDelivery.Channel ? RichText.User(userId, Name(group, userId)) + ", time" : "Time";
        var run = streak.Current > 0 ? $" Your streak: {Checkins(streak.Current)}." : string.Empty;
        return new Reply
        {
            Text = $"{who} to check in for **{group.Name}** ({day.ToString("ddd d MMM", CultureInfo.InvariantCulture)}): what did you do, how are your goals, anything blocking you?{run}",
            Buttons = [new ReplyButton("Check in", OpenButton(group.Id), ButtonStyle.Primary)],
            MentionUserIds = delivery == CheckinDelivery.Channel ? [userId] : [],
        };
    }

    /// <summary>The one nudge; it warns when the streak is about to break.</summary>
    public static Reply Nudge(Group group, string userId, LocalDate day, CheckinDelivery delivery, StreakState streak)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(streak);
        var who = delivery == CheckinDelivery.Channel ? RichText.User(userId, Name(group, userId)) + ", you" : "You";
        var warning = streak.AtRisk
            ? $" Your streak of {Checkins(streak.Current)} breaks if you miss this one."
            : streak.Current > 0 ? $" Keep your streak of {Checkins(streak.Current)} going." : string.Empty;
        return new Reply
        {
            Text = $"{who} haven't checked in for **{group.Name}** yet ({day.ToString("ddd d MMM", CultureInfo.InvariantCulture)}).{warning} It takes a minute.",
            Buttons = [new ReplyButton("Check in", OpenButton(group.Id), ButtonStyle.Primary)],
            MentionUserIds = delivery == CheckinDelivery.Channel ? [userId] : [],
        };
    }

    /// <summary>The check-in form: what I did, up to three goals to move, blockers.</summary>
    public static FormRequest Form(Group group, IReadOnlyList<Goal> goals)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(goals);
        var fields = new List<FormField> { new(DidField, "What did you do?", MultiLine: true, MaxLength: Checkin.TextMaxLength, Placeholder: "Read chapter 3, solved 4 problems") };
        fields.AddRange(goals.Take(GoalLimits.GoalsPerCheckinForm).Select(g => new FormField(
            GoalFieldPrefix + g.Id.ToString(CultureInfo.InvariantCulture),
            Fit($"#{g.Id} {g.Title}", FieldLabelMax),
            Required: false,
            MaxLength: 20,
            Placeholder: Fit($"Amount done now ({g.DescribeProgress()})", 100))));
        fields.Add(new FormField(BlockersField, "Anything blocking you?", MultiLine: true, Required: false, MaxLength: Checkin.TextMaxLength, Placeholder: "Leave empty if nothing"));
        return new FormRequest(FormId(group.Id), Fit($"Check in: {group.Name}", FieldLabelMax), fields);
    }

    /// <summary>The form's id for a group.</summary>
    public static string FormId(long groupId) => string.Create(CultureInfo.InvariantCulture, $"{FormKey}:{groupId}");

    /// <summary>The prompt button's action for a group.</summary>
    public static string OpenButton(long groupId) => string.Create(CultureInfo.InvariantCulture, $"{OpenAction}:{groupId}");

    /// <summary>A prompt or nudge addressed as the schedule says: by DM, or in the group's channel.</summary>
    public static OutboundMessage To(Workspace workspace, Group group, string userId, CheckinDelivery delivery, Reply content, string key)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return delivery == CheckinDelivery.Channel
            ? MeetingMessages.ToGroup(workspace, group, content, key)
            : MeetingMessages.ToMember(workspace, userId, content, key);
    }

    /// <summary>"1 check-in", "5 check-ins".</summary>
    public static string Checkins(int count) => count == 1 ? "1 check-in" : $"{count} check-ins";

    /// <summary>The member's name in the group.</summary>
    public static string Name(Group group, string userId)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.DisplayNameOf(userId);
    }

    // Both platforms cap labels and titles at 45 characters.
    private const int FieldLabelMax = 45;

    private static string Fit(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
