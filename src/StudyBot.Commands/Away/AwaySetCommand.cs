using StudyBot.Application.Roles;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;
using StudyBot.Core.Roles;

namespace StudyBot.Commands.Away;

/// <summary><c>/away set</c>: days the invoker is away; rotations skip them and check-ins leave them be.</summary>
public sealed class AwaySetCommand(AwayPeriods away) : ICommandHandler
{
    /// <inheritdoc />
    public static CommandDefinition Definition { get; } = new(
        "away set",
        "Say you are away (rotations skip you; dates in your own time zone)",
        "away set from:2027-03-20 until:2027-03-28 note:\"Exams\"",
        CommandAccess.Anyone,
        [
            new("from", OptionType.String, "First day away, e.g. 2027-03-20 or tomorrow") { Required = true, MaxLength = 40 },
            new("until", OptionType.String, "Last day away (included)") { Required = true, MaxLength = 40 },
            OptionDefinition.OptionalText("note", "Why, if you like (shown in /away list)", RoleLimits.AwayNoteMaxLength),
        ])
    {
        Replies = ReplyVisibility.Private,
    };

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var set = await away.SetAsync(context.Workspace, context.Invoker.UserId, context.RequireString("from"), context.RequireString("until"), context.GetString("note"), cancellationToken).ConfigureAwait(false);
        if (!set.IsSuccess)
        {
            return Reply.Error(set.Error.Message);
        }

        var (period, zone, handedOver) = set.Value!;
        var days = zone is null ? "days as each group's time zone counts them; `/timezone set` makes it yours" : $"days in {zone.Id}";
        var lines = new List<string> { $"You are away {AwayPeriods.Span(period)} ({days}). Role rotations skip you then; `/away clear` ends it early." };
        lines.AddRange(handedOver.Select(h => "• " + h));
        if (handedOver.Count > 0)
        {
            lines.Add("The groups have been told.");
        }

        return Reply.Private(string.Join("\n", lines));
    }
}
