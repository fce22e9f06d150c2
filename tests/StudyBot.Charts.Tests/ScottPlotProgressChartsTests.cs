using System.Buffers.Binary;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Application.Charts;

namespace StudyBot.Charts.Tests;

public class ScottPlotProgressChartsTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly ScottPlotProgressCharts _charts = new();

    internal static ProgressChart SixWeeks(int goals = 2, int seed = 0)
    {
        var labels = new[] { "26 Oct", "2 Nov", "9 Nov", "16 Nov", "23 Nov", "30 Nov" };
        var weeks = labels.Select((l, i) => new WeekOfCheckins(l, CheckedIn: 3 + ((i + seed) % 4), Expected: 6)).ToList();
        var lines = Enumerable.Range(0, goals)
            .Select(g => new GoalLine($"Goal {g + 1}", labels.Select((_, i) => Math.Min(100.0, ((i + 1) * (10 + (5 * g))) + seed)).ToList()))
            .ToList();
        return new ProgressChart("Algo Club: last 6 weeks", weeks, lines);
    }

    /// <summary>Checks the bytes are a PNG of the intended size, as a chat client would see it.</summary>
    internal static void AssertPngOfIntendedSize(byte[] png)
    {
        Assert.True(png.Length > 24, $"only {png.Length} bytes");
        Assert.Equal(PngSignature, png[..8]);
        // The first chunk of every PNG is IHDR: length (4), type "IHDR" (4), then width and height, big-endian.
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        Assert.Equal(ScottPlotProgressCharts.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(ScottPlotProgressCharts.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.InRange(png.Length, 5 * 1024, 500 * 1024);
    }

    [Fact]
    public void Intended_size_is_about_800_by_450()
    {
        Assert.Equal(800, ScottPlotProgressCharts.Width);
        Assert.Equal(450, ScottPlotProgressCharts.Height);
    }

    [Fact]
    public void Weeks_and_goals_render_a_png_of_the_intended_size()
    {
        var png = _charts.RenderPng(SixWeeks());

        AssertPngOfIntendedSize(png);
        if (Environment.GetEnvironmentVariable("STUDYBOT_CHART_SAMPLE") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, png);
        }
    }

    [Fact]
    public void No_weeks_renders_an_empty_chart_with_its_title()
    {
        var empty = _charts.RenderPng(new ProgressChart("Algo Club: last 6 weeks", [], []));
        var otherTitle = _charts.RenderPng(new ProgressChart("Book Club: last 6 weeks", [], []));

        AssertPngOfIntendedSize(empty);
        Assert.NotEqual(empty, otherTitle);
    }

    [Fact]
    public void No_weeks_but_goals_renders_without_throwing()
    {
        var png = _charts.RenderPng(new ProgressChart("t", [], [new GoalLine("Orphan", [10, 20])]));

        AssertPngOfIntendedSize(png);
    }

    [Fact]
    public void Weeks_without_goals_render()
    {
        var png = _charts.RenderPng(SixWeeks(goals: 0));

        AssertPngOfIntendedSize(png);
        Assert.NotEqual(png, _charts.RenderPng(SixWeeks(goals: 1)));
    }

    [Fact]
    public void Eight_goals_over_twelve_weeks_render()
    {
        var weeks = Enumerable.Range(0, 12).Select(i => new WeekOfCheckins($"{i + 1} Sep", i % 5, 4)).ToList();
        var goals = Enumerable.Range(0, 8)
            .Select(g => new GoalLine($"A rather long goal title number {g + 1}", weeks.Select((_, i) => (double)(i * (g + 1) % 101)).ToList()))
            .ToList();

        var png = _charts.RenderPng(new ProgressChart("Twelve weeks, eight goals", weeks, goals));

        AssertPngOfIntendedSize(png);
    }

    [Fact]
    public void Odd_goal_values_are_drawn_within_bounds_not_thrown()
    {
        var weeks = new[] { new WeekOfCheckins("1 Dec", 0, 0), new WeekOfCheckins("8 Dec", 2, 0) };
        // Too many points, out-of-range and non-finite percentages, and a goal with no points at all.
        var goals = new[]
        {
            new GoalLine("Over", [150, -20, 50]),
            new GoalLine("Gaps", [double.NaN, double.PositiveInfinity]),
            new GoalLine("Empty", []),
        };

        AssertPngOfIntendedSize(_charts.RenderPng(new ProgressChart("Odd", weeks, goals)));
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        Assert.Equal(_charts.RenderPng(SixWeeks()), _charts.RenderPng(SixWeeks()));
    }

    [Fact]
    public void Different_check_ins_give_different_bytes()
    {
        var chart = SixWeeks();
        var fewer = chart with { Weeks = [.. chart.Weeks.Select(w => w with { CheckedIn = 1 })] };

        Assert.NotEqual(_charts.RenderPng(chart), _charts.RenderPng(fewer));
    }

    [Fact]
    public void Different_goal_progress_gives_different_bytes()
    {
        var chart = SixWeeks();
        var behind = chart with { Goals = [.. chart.Goals.Select(g => g with { PercentByWeek = [.. g.PercentByWeek.Select(p => p / 2)] })] };

        Assert.NotEqual(_charts.RenderPng(chart), _charts.RenderPng(behind));
    }

    [Fact]
    public void Different_week_labels_give_different_bytes()
    {
        var chart = SixWeeks();
        var relabelled = chart with { Weeks = [.. chart.Weeks.Select((w, i) => w with { Label = $"W{i + 1}" })] };

        Assert.NotEqual(_charts.RenderPng(chart), _charts.RenderPng(relabelled));
    }

    [Fact]
    public void Renders_from_many_threads_at_once()
    {
        var pngs = Enumerable.Range(0, 8).AsParallel().Select(_ => _charts.RenderPng(SixWeeks())).ToList();

        Assert.All(pngs, AssertPngOfIntendedSize);
        Assert.All(pngs, p => Assert.Equal(pngs[0], p));
    }

    [Fact]
    public void AddStudyBotCharts_registers_one_shared_instance()
    {
        using var provider = new ServiceCollection().AddStudyBotCharts().AddStudyBotCharts().BuildServiceProvider();

        var first = provider.GetRequiredService<IProgressCharts>();

        Assert.IsType<ScottPlotProgressCharts>(first);
        Assert.Same(first, provider.GetRequiredService<IProgressCharts>());
        Assert.Single(provider.GetServices<IProgressCharts>());
    }
}
