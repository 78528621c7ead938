namespace OktaSessionMcp.Bench.Stats;

/// <summary>One path at one concurrency: what the client saw and what the processes behind it spent.</summary>
/// <param name="ServerCpuSeconds">The MCP server's utime + stime over the window; null for the direct path.</param>
internal sealed record LoadResult(
    string Path,
    int Concurrency,
    int Calls,
    int Failures,
    TimeSpan Elapsed,
    LatencySummary Latency,
    double? ServerCpuSeconds,
    double SimulatorCpuSeconds)
{
    public double CallsPerSecond => Calls / Elapsed.TotalSeconds;

    public double? ServerCpuMsPerCall => ServerCpuSeconds * 1000 / Calls;

    public double SimulatorCpuMsPerCall => SimulatorCpuSeconds * 1000 / Calls;
}
