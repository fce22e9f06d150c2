namespace StudyBot.Commands.Meetings;

/// <summary>The times, dates, zones and repeats <c>/meeting schedule</c> reads, as <c>/help</c> explains them.</summary>
internal static class MeetingTimesHelp
{
    /// <summary>Shown by <c>/help meeting schedule</c>; the README's "times you can type" says the same.</summary>
    internal const string Text =
        "Times you can type: `19:00`, `18.30`, `19h`, `18h30`, `7pm`, `7.30pm`, `noon`, `midnight` (after a day: the end of that day). " +
        "With a day: `tue 7pm`, `next tue 7pm` (never today), `tomorrow morning` (09:00), `tonight` (20:00), `fri evening 7`, " +
        "`dec 1 18:00`, `2027-03-20 19:00`, `20.03.2027 19:00`, `3/20 7pm`; or `in 2h`, `in 3 days`.\n" +
        "Numeric dates: with dots the day comes first (`20.03.2027`, `20.3`); with slashes the one reading that is a date is taken " +
        "(`3/20` is 20 March), and one such as `3/4` that could be either is asked about, listing the group's usual order first: " +
        "month first for groups in United States zones and Manila, day first elsewhere.\n" +
        "A zone after the time (`7pm EST`, `19:00 CET`, `18:00 UTC+2`, `9am new york`) is converted to the group's zone, and the reply shows both; " +
        "a repeating meeting then keeps the group's clock. `until` takes any day a start takes (`2027-06-30`, `30.06.2027`, `jun 30`, `next fri`).\n" +
        "Repeats: `every tue,thu`, `weekdays`, `daily`, `every 2 weeks on mon`, `monthly on 3rd tue`, `monthly on 2nd last fri`, `every 2 months on day 15`.";
}
