using System.Globalization;

namespace StudyBot.Slack.Bench;

/// <summary>One scenario's figures.</summary>
internal sealed record BenchResult(string Scenario, int Requests, int Failures, double[] LatenciesMs, TimeSpan Elapsed)
{
    public double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Scenario,-32} p50 {Percentile(50),6:0.00} ms  p99 {Percentile(99),6:0.00} ms  max {LatenciesMs.DefaultIfEmpty().Max(),7:0.00} ms  {Requests / Elapsed.TotalSeconds,7:0} req/s  failures {Failures}");
}
