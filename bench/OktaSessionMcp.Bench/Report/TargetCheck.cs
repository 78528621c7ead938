using System.Globalization;

namespace OktaSessionMcp.Bench.Report;

/// <summary>Issue 7's targets, each judged from this run's numbers.</summary>
/// <param name="Timed">A time or rate: on a machine busier than its core count, a verdict on it is not to be trusted.</param>
internal sealed record TargetCheck(string Target, string Measured, bool? Met, bool Timed = false)
{
    public bool Loaded { get; private init; }

    public string Verdict => (Met switch { true => "met", false => "**missed**", null => "not measured" })
        + (Loaded && Timed && Met is not null ? " (machine loaded: unreliable)" : "");

    public static IReadOnlyList<TargetCheck> Evaluate(BenchResults results)
    {
        // Only the load before the run: during it, the bench's own four processes keep the load average up.
        var loaded = FirstLoad(results.LoadBefore) > results.Machine.Cores;
        return [.. Collect(results).Select(check => check with { Loaded = loaded })];
    }

    private static double FirstLoad(string loadAverages) =>
        double.TryParse(loadAverages.Split(',')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : double.NaN;

    private static List<TargetCheck> Collect(BenchResults results)
    {
        var checks = new List<TargetCheck>();
        foreach (var mcp in new[] { BenchResults.McpStateless, BenchResults.McpStateful })
        {
            var (m1, d1) = (results.Find(mcp, 1), results.Find(BenchResults.Direct, 1));
            var added = m1 is null || d1 is null ? (double?)null : m1.Latency.P50 - d1.Latency.P50;
            checks.Add(new($"{mcp}: median added latency over direct at concurrency 1 < 0.5 ms", Ms(added), Judge(added, v => v < 0.5), Timed: true));

            var (m16, r16, d16) = (results.Find(mcp, 16), results.Find(BenchResults.Rest, 16), results.Find(BenchResults.Direct, 16));
            var vsRest = m16?.CallsPerSecond / r16?.CallsPerSecond;
            var vsDirect = m16?.CallsPerSecond / d16?.CallsPerSecond;
            checks.Add(new($"{mcp}: throughput at concurrency 16 ≥ 0.8 × REST adapter", Ratio(vsRest), Judge(vsRest, v => v >= 0.8), Timed: true));
            checks.Add(new($"{mcp}: throughput at concurrency 16 ≥ 0.4 × direct", Ratio(vsDirect), Judge(vsDirect, v => v >= 0.4), Timed: true));
        }

        if (results.Memory.FirstOrDefault() is { } memory)
        {
            checks.Add(new("Idle RSS < 80 MB", MiB(memory.Idle), Mb(memory.Idle) < 80));
            checks.Add(new($"{memory.Sessions:N0} open stateful sessions add < 30 MB", MiB(memory.AddedBySessions), Mb(memory.AddedBySessions) < 30));
            checks.Add(new("RSS back within 10% of idle once they are closed",
                $"{MiB(memory.Closed)} ({memory.ResidueFraction.ToString("+0%;-0%", CultureInfo.InvariantCulture)} vs idle)", memory.ResidueFraction <= 0.10));
        }

        var builds = results.Startups.Where(s => s.Runs.Count > 0 && !s.Reference).ToList();
        if (builds.FirstOrDefault() is { } first)
        {
            checks.Add(new("First tools/list within 1 s of process start (default build)", $"{Ms0(first.Median)} median", first.Median < 1000, Timed: true));
        }

        var fastest = builds.Skip(1).OrderBy(s => s.Median).FirstOrDefault();
        checks.Add(new("A published build answers within 150 ms",
            fastest is null ? "no published build timed" : $"{Ms0(fastest.Median)} median ({fastest.Build})", Judge(fastest?.Median, v => v < 150), Timed: true));
        var node = results.Startups.FirstOrDefault(s => s.Reference && s.Runs.Count > 0);
        checks.Add(new("A published build answers as fast as a Node.js server doing the same job (same machine)",
            fastest is null || node is null ? "not both timed" : $"{Ms0(fastest.Median)} vs {Ms0(node.Median)} median ({node.Build})",
            fastest is null || node is null ? null : fastest.Median <= node.Median, Timed: true));

        checks.AddRange(Native(results));

        if (results.Connections is { } connections)
        {
            checks.Add(new($"Connections to Okta ≤ concurrency ({connections.Concurrency}) over ≥ {BenchRun.ConnectionCalls:N0} calls",
                $"{connections.OpenedByServer + connections.Unattributed} over {connections.Calls:N0} calls", connections.WithinConcurrency));
        }

        return checks;
    }

    /// <summary>Issue 17: the Native AOT build starts in under 100 ms, idles under 40 MB and keeps up with the JIT build.</summary>
    private static IEnumerable<TargetCheck> Native(BenchResults results)
    {
        var startup = results.Startups.FirstOrDefault(s => s.Build == Processes.Publisher.NativeBuildName && s.Runs.Count > 0);
        yield return new("Native AOT: first tools/list within 100 ms of process start (median of 5)",
            startup is null ? "not timed" : $"{Ms0(startup.Median)} median (min {Ms0(startup.Min)}, max {Ms0(startup.Max)})", Judge(startup?.Median, v => v < 100), Timed: true);
        var memory = results.Memory.FirstOrDefault(m => m.Build == Processes.Publisher.NativeBuildName);
        yield return new("Native AOT: idle RSS < 40 MB", memory is null ? "not measured" : MiB(memory.Idle), memory is null ? null : Mb(memory.Idle) < 40);
        foreach (var (nativePath, jitPath) in BenchResults.NativePairs)
        {
            foreach (var c in BenchRun.Concurrencies)
            {
                var ratio = results.Find(nativePath, c)?.CallsPerSecond / results.Find(jitPath, c)?.CallsPerSecond;
                yield return new($"Native AOT: {jitPath} throughput at concurrency {c} ≥ 0.9 × the JIT build", Ratio(ratio), Judge(ratio, v => v >= 0.9), Timed: true);
            }
        }
    }

    private static bool? Judge(double? value, Func<double, bool> rule) => value is { } v ? rule(v) : null;

    /// <summary>The targets are in MB; RSS is read in KiB. 1 MiB = 1.048576 MB, so a value just under 80 MiB is not "under 80 MB".</summary>
    private static double Mb(double mib) => mib * 1.048576;

    private static string Ms(double? value) => value is { } v ? v.ToString("0.000 'ms'", CultureInfo.InvariantCulture) : "n/a";

    private static string Ms0(double value) => value.ToString("0 'ms'", CultureInfo.InvariantCulture);

    private static string MiB(double value) =>
        string.Create(CultureInfo.InvariantCulture, $"{value:0.0} MiB ({Mb(value):0.0} MB)");

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
}
