using OktaSessionMcp.Bench.Processes;

namespace OktaSessionMcp.Bench.Phases;

/// <summary>Launches a build several times; each launch is timed to its first successful tools/list, then stopped.</summary>
internal static class StartupPhase
{
    public static async Task<StartupResult> MeasureAsync(
        ServerBuild build, SimulatorProcess simulator, HttpClient http, int runs, string note, CancellationToken cancellationToken, bool reference = false)
    {
        var (times, cpu, rss) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            await using var server = await ServerProcess.StartAsync(build, simulator, stateful: false, http, RepoPaths.LogFile("startup"), cancellationToken);
            times.Add(server.Startup.TotalMilliseconds);
            cpu.Add(server.StartupCpuSeconds * 1000);
            rss.Add(ProcStats.RssMiB(server.Process.Pid));
        }

        var result = new StartupResult(build.Name, times, cpu, note, reference, rss);
        Console.WriteLine(
            $"  {build.Name}: start-up median {result.Median:0} ms (min {result.Min:0}, max {result.Max:0}), CPU {result.CpuMedian:0} ms, RSS {result.RssMedian:0.0} MiB, over {runs} launches");
        return result;
    }
}
