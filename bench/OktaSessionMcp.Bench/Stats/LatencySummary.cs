using System.Diagnostics;

namespace OktaSessionMcp.Bench.Stats;

/// <summary>Latency percentiles in milliseconds, nearest-rank (the value below which p% of calls fall, no interpolation).</summary>
internal sealed record LatencySummary(double P50, double P90, double P99, double Max)
{
    public static LatencySummary From(IReadOnlyCollection<long> stopwatchTicks)
    {
        if (stopwatchTicks.Count == 0)
        {
            return new LatencySummary(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = stopwatchTicks.ToArray();
        Array.Sort(sorted);
        return new LatencySummary(Ms(Percentile(sorted, 50)), Ms(Percentile(sorted, 90)), Ms(Percentile(sorted, 99)), Ms(sorted[^1]));
    }

    /// <param name="sorted">Ascending, not empty.</param>
    /// <param name="percent">0 to 100.</param>
    public static long Percentile(long[] sorted, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Max(rank, 1) - 1];
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
