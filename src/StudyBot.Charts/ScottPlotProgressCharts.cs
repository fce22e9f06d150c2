using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;
using StudyBot.Application.Charts;

namespace StudyBot.Charts;

/// <summary>
/// Draws <see cref="ProgressChart"/>s with ScottPlot, headless, to an 800x450 PNG: a size that reads well
/// inline in Discord and Slack. Each call builds its own <see cref="Plot"/>, so one instance can serve
/// every caller at once.
/// </summary>
public sealed class ScottPlotProgressCharts : IProgressCharts
{
    /// <summary>Width of the PNG in pixels.</summary>
    public const int Width = 800;

    /// <summary>Height of the PNG in pixels.</summary>
    public const int Height = 450;

    // Legend entries are goal titles typed by members; long ones would squeeze the plot to nothing.
    private const int MaxLegendTextLength = 28;

    // A fixed palette (not ScottPlot's default) so a goal keeps its colour between library upgrades.
    private static readonly Color[] GoalColors =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#ff7f0e"), Color.FromHex("#2ca02c"), Color.FromHex("#d62728"),
        Color.FromHex("#9467bd"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#17becf"),
    ];

    // Bars in muted greys so the coloured goal lines stay easy to follow across them.
    private static readonly Color ExpectedColor = Color.FromHex("#e3e6ea");
    private static readonly Color CheckedInColor = Color.FromHex("#9aa5b1");

    // Skia's no-dependencies build finds fonts by scanning the font folders, without fontconfig, so its
    // default (and ScottPlot's guess at a sans font) is whatever it met first, often DejaVu Serif.
    private static readonly string? SansFont = new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial" }
        .FirstOrDefault(SKFontManager.Default.FontFamilies.Contains);

    /// <inheritdoc />
    public byte[] RenderPng(ProgressChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using var plot = new Plot();
        plot.Title(chart.Title);
        if (SansFont is not null)
        {
            plot.Font.Set(SansFont);
            // Set by name, ScottPlot 5.1.59 picks the regular face even for a Bold label; the typeface
            // itself has to be handed over for the title to come out bold.
            plot.Axes.Title.Label.Font = Fonts.GetTypeface(SansFont, bold: true, italic: false);
        }

        plot.Axes.Left.Label.Text = "Check-ins";
        plot.Axes.Left.TickGenerator = new NumericAutomatic { IntegerTicksOnly = true };

        var weeks = chart.Weeks;
        if (weeks.Count == 0)
        {
            // Nothing to scale to: fixed limits and a note keep the empty chart from looking broken.
            var note = plot.Add.Text("No weeks to show yet", 0, 2.5);
            note.LabelAlignment = Alignment.MiddleCenter;
            note.LabelFontSize = 16;
            note.LabelFontColor = Colors.Gray;
            plot.Axes.SetLimits(-0.5, 0.5, 0, 5);
            plot.Axes.Bottom.TickGenerator = new NumericManual();
            return plot.GetImageBytes(Width, Height, ImageFormat.Png);
        }

        AddCheckinBars(plot, weeks);
        plot.Axes.SetLimitsX(-0.5, weeks.Count - 0.5);
        // Week labels instead of 0, 1, 2...: every week gets its tick.
        var positions = Enumerable.Range(0, weeks.Count).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(positions, weeks.Select(w => w.Label).ToArray());
        // Counts are whole numbers; the top leaves room above the tallest bar.
        var top = Math.Max(1, weeks.Max(w => Math.Max(w.CheckedIn, w.Expected)));
        plot.Axes.SetLimitsY(0, top * 1.15, plot.Axes.Left);

        // The percent axis only means something when a goal is drawn against it.
        if (chart.Goals.Count > 0)
        {
            AddGoalLines(plot, chart.Goals, weeks.Count);
            plot.Axes.Right.Label.Text = "Goal progress %";
            plot.Axes.Right.TickGenerator = new NumericFixedInterval(20);
            // A little headroom past 100 so a finished goal's markers are not cut in half by the frame.
            plot.Axes.SetLimitsY(0, 105, plot.Axes.Right);
        }

        // Below the data, across the full width: ten entries on the right would leave too little room
        // for twelve week labels, and inside the data area they would hide bars and lines.
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static void AddCheckinBars(Plot plot, IReadOnlyList<WeekOfCheckins> weeks)
    {
        // Expected is drawn first and wider, so the check-ins bar sits inside it: a shortfall shows as
        // the pale part above, without needing side-by-side bars that halve their width.
        var expected = plot.Add.Bars(weeks.Select((w, i) => new Bar
        {
            Position = i, Value = Math.Max(0, w.Expected), Size = 0.8, FillColor = ExpectedColor, LineWidth = 0,
        }).ToList());
        expected.LegendText = "Expected";

        var checkedIn = plot.Add.Bars(weeks.Select((w, i) => new Bar
        {
            Position = i, Value = Math.Max(0, w.CheckedIn), Size = 0.5, FillColor = CheckedInColor, LineWidth = 0,
        }).ToList());
        checkedIn.LegendText = "Checked in";
    }

    private static void AddGoalLines(Plot plot, IReadOnlyList<GoalLine> goals, int weekCount)
    {
        for (var g = 0; g < goals.Count; g++)
        {
            // Points past the last week have no x to sit on; non-finite values are gaps, not zeros.
            var points = goals[g].PercentByWeek
                .Take(weekCount)
                .Select((p, i) => (X: (double)i, Y: p))
                .Where(p => double.IsFinite(p.Y))
                .ToArray();
            var line = plot.Add.Scatter(
                points.Select(p => p.X).ToArray(),
                points.Select(p => Math.Clamp(p.Y, 0, 100)).ToArray(),
                GoalColors[g % GoalColors.Length]);
            line.Axes.YAxis = plot.Axes.Right;
            line.LineWidth = 2;
            line.MarkerSize = 7;
            line.LegendText = Shorten(goals[g].Name);
        }
    }

    private static string Shorten(string name) =>
        name.Length <= MaxLegendTextLength ? name : string.Concat(name.AsSpan(0, MaxLegendTextLength - 1), "…");
}
