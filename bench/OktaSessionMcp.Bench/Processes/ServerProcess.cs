using System.Diagnostics;
using System.Globalization;
using OktaSessionMcp.Bench.Load;

namespace OktaSessionMcp.Bench.Processes;

/// <summary>The real MCP server as its own process: /mcp and the REST adapter on free loopback ports, Okta = the simulator.</summary>
internal sealed class ServerProcess(ChildProcess process, Uri mcpEndpoint, Uri restBaseUrl, TimeSpan startup, double startupCpu) : IAsyncDisposable
{
    public ChildProcess Process => process;

    public Uri McpEndpoint => mcpEndpoint;

    public Uri RestBaseUrl => restBaseUrl;

    /// <summary>From just before the process was created to the first successful tools/list answer.</summary>
    public TimeSpan Startup => startup;

    /// <summary>CPU seconds the process had used by then: unlike <see cref="Startup"/>, barely moved by other load on the machine.</summary>
    public double StartupCpuSeconds => startupCpu;

    public static async Task<ServerProcess> StartAsync(
        ServerBuild build, SimulatorProcess simulator, bool stateful, HttpClient http, string logFile, CancellationToken cancellationToken)
    {
        var (mcpPort, restPort) = (FreePort.Next(), FreePort.Next());
        var arguments = build.Arguments.Concat(
        [
            "--mcp-port", mcpPort.ToString(CultureInfo.InvariantCulture),
            "--rest-port", restPort.ToString(CultureInfo.InvariantCulture),
        ]).Concat(stateful ? ["--stateful"] : Array.Empty<string>());
        var environment = new Dictionary<string, string>(build.Environment)
        {
            ["OKTA_ORG_URL"] = simulator.BaseUrl.ToString(),
            ["OKTA_API_KEY"] = simulator.ApiKey,
            // The per-caller inbound limit (1,200 a minute by default) would cap one load generator long before the server.
            ["Auth__RateLimit"] = "0",
        };

        var program = build.Arguments.Count > 0 ? build.Arguments[0] : build.FileName;
        var process = ChildProcess.Start(build.FileName, arguments, Path.GetDirectoryName(Path.GetFullPath(program))!, logFile, environment);
        var endpoint = new Uri($"http://127.0.0.1:{mcpPort}/mcp");
        string? probeSession = null;
        await Readiness.WaitAsync(process, async () =>
        {
            // A stateful server answers tools/list only inside a session; initialize is its first possible answer.
            using var request = McpMessages.Post(endpoint, stateful ? McpMessages.Initialize : McpMessages.ToolsList);
            using var response = await http.SendAsync(request, cancellationToken);
            probeSession = response.Headers.TryGetValues(McpMessages.SessionHeader, out var ids) ? ids.First() : null;
            return response.IsSuccessStatusCode && McpMessages.IsResult(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }, cancellationToken);
        var startup = Stopwatch.GetElapsedTime(process.StartedAt);
        var startupCpu = ProcStats.CpuSeconds(process.Pid);
        if (probeSession is not null)
        {
            // Leave no session behind: the memory phase counts them.
            using var deleted = await http.SendAsync(McpMessages.Delete(endpoint, probeSession), cancellationToken);
        }

        return new ServerProcess(process, endpoint, new Uri($"http://127.0.0.1:{restPort}/"), startup, startupCpu);
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
