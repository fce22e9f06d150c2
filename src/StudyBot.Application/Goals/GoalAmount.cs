using System.Globalization;
using StudyBot.Core.Goals;
using StudyBot.Core.Results;

namespace StudyBot.Application.Goals;

/// <summary>Reads an amount of progress as people type it: "2", "+2", "2.5", "10%", "3 chapters".</summary>
public static class GoalAmount
{
    /// <summary>The amount, or a clear error naming the goal.</summary>
    public static Result<decimal> Parse(string text, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var typed = (text ?? string.Empty).Trim();
        var number = typed.TrimStart('+').TrimEnd('%').Trim();
        if (goal.Unit is { } unit && unit != "%" && number.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            number = number[..^unit.Length].Trim();
        }

        if (number.StartsWith('-'))
        {
            return Result<decimal>.Fail($"Progress can't be negative (\"{typed}\" for #{goal.Id} \"{goal.Title}\"). Give how much you did, such as `2`.");
        }

        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return Result<decimal>.Fail($"I couldn't read \"{typed}\" as an amount for #{goal.Id} \"{goal.Title}\". Give a number such as `2`, `2.5`{(goal.Unit == "%" ? " or `10%`" : string.Empty)}.");
        }

        return amount;
    }
}
