using OktaSessionMcp.Bench.Load;
using OktaSessionMcp.Bench.Processes;
using OktaSessionMcp.Bench.Stats;

namespace OktaSessionMcp.Bench.Phases;

/// <summary>
/// Measures several paths at one concurrency, interleaved: each path's measured time is cut into slices taken in
/// turn (in a rotating order), so that a burst of load from elsewhere on a shared machine falls on every path alike
/// instead of on whichever ran at that moment. The CPU the server and simulator spend is read around each slice.
/// </summary>
internal sealed class LatencyPhase(HttpClient http, BenchSettings settings, SimulatorProcess simulator)
{
    public const int Slices = 4;

    /// <param name="paths">Each path with the process serving it; null for the direct path (only the simulator works).</param>
    public async Task<IReadOnlyList<LoadResult>> MeasureAsync(
        IReadOnlyList<(ICallPath Path, ChildProcess? Server)> paths, int concurrency, CancellationToken cancellationToken)
    {
        foreach (var (path, _) in paths)
        {
            await LoadRunner.RunAsync(path, http, concurrency, settings.Warmup, BenchSettings.MaxCalls, cancellationToken);
        }

        var totals = paths.Select(_ => new Totals()).ToArray();
        var slice = settings.Measure / Slices;
        for (var round = 0; round < Slices; round++)
        {
            for (var k = 0; k < paths.Count; k++)
            {
                var i = (k + round) % paths.Count;
                var (path, server) = paths[i];
                var serverCpu = server is null ? 0 : ProcStats.CpuSeconds(server.Pid);
                var simulatorCpu = ProcStats.CpuSeconds(simulator.Process.Pid);
                var outcome = await LoadRunner.RunAsync(path, http, concurrency, slice, BenchSettings.MaxCalls, cancellationToken);
                totals[i].Add(outcome,
                    server is null ? null : ProcStats.CpuSeconds(server.Pid) - serverCpu,
                    ProcStats.CpuSeconds(simulator.Process.Pid) - simulatorCpu);
            }
        }

        var results = paths.Select((p, i) => totals[i].ToResult(p.Path.Name, concurrency)).ToList();
        foreach (var result in results)
        {
            Console.WriteLine(
                $"  {result.Path,-20} c={concurrency,-2} {result.CallsPerSecond,7:0} calls/s  p50 {result.Latency.P50,7:0.000} ms  " +
                $"p99 {result.Latency.P99,7:0.000} ms  server CPU {result.ServerCpuMsPerCall ?? 0:0.000} ms/call  failures {result.Failures}");
        }

        return results;
    }

    private sealed class Totals
    {
        private readonly List<long> _latencies = [];
        private int _failures;
        private TimeSpan _elapsed;
        private double? _serverCpu;
        private double _simulatorCpu;

        public void Add(LoadRunner.Outcome outcome, double? serverCpu, double simulatorCpu)
        {
            _latencies.AddRange(outcome.LatencyTicks);
            _failures += outcome.Failures;
            _elapsed += outcome.Elapsed;
            _serverCpu = serverCpu is null ? null : (_serverCpu ?? 0) + serverCpu;
            _simulatorCpu += simulatorCpu;
        }

        public LoadResult ToResult(string path, int concurrency) =>
            new(path, concurrency, _latencies.Count, _failures, _elapsed, LatencySummary.From(_latencies), _serverCpu, _simulatorCpu);
    }
}
