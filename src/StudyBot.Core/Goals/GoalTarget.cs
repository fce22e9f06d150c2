using System.Globalization;
using System.Text.RegularExpressions;
using StudyBot.Core.Results;

namespace StudyBot.Core.Goals;

/// <summary>A measurable target: an amount of something ("12 chapters") or a percentage ("80%").</summary>
/// <param name="Amount">How much, greater than zero.</param>
/// <param name="Unit">What is counted: a word such as "chapters", or "%"; null for a bare number.</param>
public sealed partial record GoalTarget(decimal Amount, string? Unit)
{
    /// <summary>Whether the target is a percentage.</summary>
    public bool IsPercent => Unit == "%";

    /// <summary>Reads "12 chapters", "80%", "80 %" or "12"; says what was wrong otherwise.</summary>
    public static Result<GoalTarget> Parse(string text)
    {
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success || !decimal.TryParse(match.Groups["amount"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return Result<GoalTarget>.Fail($"I couldn't read the target \"{text}\". Write a number and what it counts, like `12 chapters`, `30 problems` or `80%`.");
        }

        var unit = match.Groups["unit"].Value.Trim();
        if (amount <= 0 || amount > GoalLimits.MaxAmount)
        {
            return Result<GoalTarget>.Fail($"A target must be more than 0 and at most {GoalLimits.MaxAmount:N0}; yours is {Format(amount)}.");
        }

        if (unit == "%" && amount > 100)
        {
            return Result<GoalTarget>.Fail($"A percentage target can be at most 100%; yours is {Format(amount)}%.");
        }

        if (unit.Length > GoalLimits.UnitMaxLength)
        {
            return Result<GoalTarget>.Fail($"The unit can be at most {GoalLimits.UnitMaxLength} characters; \"{unit}\" has {unit.Length}.");
        }

        return new GoalTarget(amount, unit.Length == 0 ? null : unit);
    }

    /// <summary>"12 chapters", "80%", "12".</summary>
    public override string ToString() => Describe(Amount, Unit);

    /// <summary>An amount with a unit, as replies show it.</summary>
    public static string Describe(decimal amount, string? unit) => unit switch
    {
        null => Format(amount),
        "%" => $"{Format(amount)}%",
        _ => $"{Format(amount)} {unit}",
    };

    /// <summary>A number without trailing zeros: 2, 2.5.</summary>
    public static string Format(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<amount>\d{1,9}(\.\d{1,2})?)\s*(?<unit>%|[\p{L}][\p{L}\p{N} \-]*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
