using NodaTime;
using StudyBot.Core.Meetings;
using StudyBot.Core.Results;

namespace StudyBot.Core.Checkins;

/// <summary>Reads the options of <c>/checkin schedule</c> as people type them, with a clear error each.</summary>
public static class CheckinScheduleText
{
    /// <summary>Shortest nudge delay.</summary>
    public static readonly Duration MinNudge = Duration.FromMinutes(15);

    /// <summary>Longest nudge delay: it must come the same day.</summary>
    public static readonly Duration MaxNudge = Duration.FromHours(12);

    /// <summary>"daily", "weekdays", "mon,wed,fri", "mon wed fri", "tuesdays and thursdays".</summary>
    public static Result<IReadOnlySet<IsoDayOfWeek>> Days(string text)
    {
        var typed = (text ?? string.Empty).Trim().ToLowerInvariant();
        switch (typed)
        {
            case "daily" or "every day" or "everyday":
                return Result<IReadOnlySet<IsoDayOfWeek>>.Ok(Weekdays.All.ToHashSet());
            case "weekdays" or "workdays":
                return Result<IReadOnlySet<IsoDayOfWeek>>.Ok(Weekdays.WorkDays.ToHashSet());
        }

        var days = new HashSet<IsoDayOfWeek>();
        foreach (var word in typed.Split([',', ' ', '/', '+'], StringSplitOptions.RemoveEmptyEntries).Where(w => w != "and"))
        {
            if (Weekdays.Parse(word) is not { } day)
            {
                var hint = Weekdays.Suggest(word) is { } suggestion ? $" Did you mean `{suggestion}`?" : string.Empty;
                return Result<IReadOnlySet<IsoDayOfWeek>>.Fail($"`{word}` is not a weekday.{hint} Write `daily`, `weekdays` or days such as `mon,wed,fri`.");
            }

            days.Add(day);
        }

        return days.Count == 0
            ? Result<IReadOnlySet<IsoDayOfWeek>>.Fail("Say which days: `daily`, `weekdays` or days such as `mon,wed,fri`.")
            : Result<IReadOnlySet<IsoDayOfWeek>>.Ok(days);
    }

    /// <summary>A time of day: <c>20:00</c>, <c>8pm</c>, <c>8:30pm</c>, <c>noon</c>.</summary>
    public static Result<LocalTime> Time(string text)
    {
        var typed = (text ?? string.Empty).Trim().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (TimeOfDayText.TryParse(typed) is { } parsed)
        {
            return parsed;
        }

        return typed.Length > 0 && typed.All(char.IsAsciiDigit) && typed.Length <= 2
            ? TimeOfDayText.BareNumber(typed)
            : Result<LocalTime>.Fail($"`{text?.Trim()}` is not a time of day; write one such as `20:00` or `8pm`.");
    }

    /// <summary>The digest's slot: a weekday and a time, such as <c>sun 18:00</c>.</summary>
    public static Result<(IsoDayOfWeek Day, LocalTime Time)> Digest(string text)
    {
        var words = (text ?? string.Empty).Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length != 2 || Weekdays.Parse(words[0].ToLowerInvariant()) is not { } day)
        {
            return Result<(IsoDayOfWeek, LocalTime)>.Fail($"`digest` is a weekday and a time, such as `sun 18:00`; got `{text?.Trim()}`.");
        }

        var time = Time(words[1]);
        return time.IsSuccess ? (day, time.Value) : time.Error;
    }

    /// <summary>The nudge delay: <c>4h</c>, <c>90m</c>, from 15 minutes to 12 hours.</summary>
    public static Result<Duration> Nudge(string text)
    {
        var period = DurationText.Parse(text ?? string.Empty);
        if (!period.IsSuccess)
        {
            return period.Error;
        }

        var delay = period.Value!.ToDuration();
        return delay < MinNudge || delay > MaxNudge
            ? Result<Duration>.Fail($"The nudge comes between 15 minutes and 12 hours after the prompt; `{text!.Trim()}` is {(delay < MinNudge ? "too soon" : "too late")}.")
            : delay;
    }
}
