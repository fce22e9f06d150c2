namespace StudyBot.Application.Charts;

/// <summary>
/// Draws the accountability charts sent with the weekly digest and <c>/stats</c>. A port: the application
/// says what to draw, an outer project (ScottPlot) draws it, so nothing inward depends on a plotting library.
/// </summary>
public interface IProgressCharts
{
    /// <summary>A PNG of <paramref name="chart"/>: check-ins per week as bars, each goal's progress as a line.</summary>
    byte[] RenderPng(ProgressChart chart);
}

/// <summary>What a progress chart shows.</summary>
/// <param name="Title">Shown above the chart, such as "Algo Club: last 6 weeks".</param>
/// <param name="Weeks">Oldest first; one bar pair per week.</param>
/// <param name="Goals">Goal lines, each with one point per week (aligned with <paramref name="Weeks"/>).</param>
public sealed record ProgressChart(string Title, IReadOnlyList<WeekOfCheckins> Weeks, IReadOnlyList<GoalLine> Goals);

/// <summary>One week's check-ins.</summary>
/// <param name="Label">The axis label, such as "30 Nov".</param>
/// <param name="CheckedIn">Check-ins made that week.</param>
/// <param name="Expected">Check-ins the schedule asked for that week (prompts sent, away days left out).</param>
public sealed record WeekOfCheckins(string Label, int CheckedIn, int Expected);

/// <summary>A goal's progress as a percentage of its target at the end of each week.</summary>
/// <param name="Name">The legend entry (the goal's title).</param>
/// <param name="PercentByWeek">0 to 100, one per week.</param>
public sealed record GoalLine(string Name, IReadOnlyList<double> PercentByWeek);
