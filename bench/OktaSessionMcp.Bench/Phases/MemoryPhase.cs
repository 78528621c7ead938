using OktaSessionMcp.Bench.Load;
using OktaSessionMcp.Bench.Processes;

namespace OktaSessionMcp.Bench.Phases;

/// <summary>
/// RSS of a fresh stateful server: idle, after N sessions are opened (initialize + notifications/initialized, then
/// kept), and after each is closed with DELETE. The bench forces no GC (the server runs one after a burst of closes): each reading is taken after a settle of a few
/// seconds with no traffic, which is what an operator watching the process would see.
/// </summary>
internal static class MemoryPhase
{
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public static async Task<MemoryResult> MeasureAsync(
        ServerBuild build, SimulatorProcess simulator, HttpClient http, int sessions, string logFile, CancellationToken cancellationToken)
    {
        await using var server = await ServerProcess.StartAsync(build, simulator, stateful: true, http, logFile, cancellationToken);
        var pid = server.Process.Pid;

        await Task.Delay(Settle, cancellationToken);
        var idle = ProcStats.RssMiB(pid);

        var ids = await ForEachAsync(Enumerable.Range(0, sessions), async _ => await McpSessions.OpenAsync(server.McpEndpoint, http, cancellationToken));
        await Task.Delay(Settle, cancellationToken);
        var open = ProcStats.RssMiB(pid);

        await CloseAllAsync(server.McpEndpoint, ids, http, cancellationToken);
        await Task.Delay(Settle, cancellationToken);
        var closed = ProcStats.RssMiB(pid);

        // A second round tells retention from a leak: memory the GC kept for reuse is reused, a leak adds up again.
        ids = await ForEachAsync(Enumerable.Range(0, sessions), async _ => await McpSessions.OpenAsync(server.McpEndpoint, http, cancellationToken));
        await CloseAllAsync(server.McpEndpoint, ids, http, cancellationToken);
        await Task.Delay(Settle, cancellationToken);
        var secondRound = ProcStats.RssMiB(pid);

        Console.WriteLine(
            $"  {build.Name}: RSS idle {idle:0.0} MiB, {sessions} sessions open {open:0.0} MiB, closed {closed:0.0} MiB, " +
            $"after a second round {secondRound:0.0} MiB");
        return new MemoryResult(build.Name, sessions, idle, open, closed, secondRound, Settle);
    }

    private static async Task CloseAllAsync(Uri endpoint, IEnumerable<string> ids, HttpClient http, CancellationToken cancellationToken) =>
        await ForEachAsync(ids, async id =>
        {
            await McpSessions.CloseAsync(endpoint, id, http, cancellationToken);
            return id;
        });

    /// <summary>Eight at a time: as many clients connecting at once as a busy host would see, without queueing on 2 cores.</summary>
    private static async Task<List<T>> ForEachAsync<TIn, T>(IEnumerable<TIn> items, Func<TIn, Task<T>> action)
    {
        using var gate = new SemaphoreSlim(8);
        var tasks = items.Select(async item =>
        {
            await gate.WaitAsync();
            try
            {
                return await action(item);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        return [.. await Task.WhenAll(tasks)];
    }
}
