namespace StudyBot.Core.Time;

/// <summary>Which number comes first in a date written with slashes, such as <c>3/4</c>.</summary>
public enum DateOrder
{
    /// <summary>Day first: 3/4 is 3 April (most of the world).</summary>
    DayMonth,

    /// <summary>Month first: 3/4 is 4 March (the United States and the Philippines).</summary>
    MonthDay,
}
