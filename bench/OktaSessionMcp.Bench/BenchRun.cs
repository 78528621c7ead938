using System.Diagnostics;
using OktaSessionMcp.Bench.Load;
using OktaSessionMcp.Bench.Phases;
using OktaSessionMcp.Bench.Processes;
using OktaSessionMcp.Bench.Report;

namespace OktaSessionMcp.Bench;

/// <summary>
/// The whole run: one simulator; a stateless and a stateful server side by side for the four paths at each
/// concurrency; the connection count; then fresh servers for memory and start-up.
/// </summary>
internal static class BenchRun
{
    public static readonly int[] Concurrencies = [1, 16];
    public const int ConnectionCalls = 10_000;
    public const int MemorySessions = 1_000;

    public static async Task<BenchResults> RunAsync(BenchSettings settings, string command, CancellationToken cancellationToken)
    {
        var paths = RepoPaths.Find();
        foreach (var dll in new[] { paths.ServerDll, paths.SimulatorDll }.Where(dll => !File.Exists(dll)))
        {
            throw new FileNotFoundException($"{dll} is missing: build with `dotnet build -c {paths.Configuration}` first.");
        }

        var started = Stopwatch.GetTimestamp();
        var results = new BenchResults
        {
            Machine = MachineInfo.Read(),
            Command = command,
            Started = DateTimeOffset.UtcNow,
            LoadBefore = MachineInfo.LoadAverage(),
            Settings = settings,
        };

        using var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        await using var simulator = await SimulatorProcess.StartAsync(paths, http, cancellationToken);
        var sessionId = await simulator.CreateSessionAsync(http, cancellationToken);
        var server = ServerBuild.Dll("default build", paths.ServerDll, settings.ServerEnvironment);
        // The Native AOT build, published first (or reused while no source changed), so that every phase below measures it
        // beside the JIT build: the same paths in the same slices, the same memory rounds, the same launches.
        var native = settings.Aot ? await NativeBuildAsync(paths, settings, cancellationToken) : null;

        if (settings.Runs("latency"))
        {
            Console.WriteLine($"Latency and throughput ({settings.Measure.TotalSeconds:0.#} s per path after {settings.Warmup.TotalSeconds:0.#} s warm-up):");
            await MeasurePathsAsync(results, paths, server, native?.Build, simulator, sessionId, http, settings, cancellationToken);
        }

        if (settings.Runs("memory"))
        {
            Console.WriteLine($"Memory ({MemorySessions} stateful sessions):");
            results.Memory.Add(await MemoryPhase.MeasureAsync(server, simulator, http, MemorySessions, RepoPaths.LogFile("memory"), cancellationToken));
            if (native?.Build is { } nativeBuild)
            {
                results.Memory.Add(await MemoryPhase.MeasureAsync(nativeBuild, simulator, http, MemorySessions, RepoPaths.LogFile("memory-native"), cancellationToken));
            }
        }

        if (settings.Runs("startup"))
        {
            Console.WriteLine("Start-up (process start to first tools/list):");
            await StartupsAsync(results, paths, server, native, simulator, http, settings, cancellationToken);
        }

        results.LoadAfter = MachineInfo.LoadAverage();
        results.Duration = Stopwatch.GetElapsedTime(started);
        return results;
    }

    private static async Task<Publisher.Outcome> NativeBuildAsync(RepoPaths paths, BenchSettings settings, CancellationToken cancellationToken)
    {
        Console.WriteLine("Native AOT build (published once, then reused while no source changes):");
        var outcome = await Publisher.NativeAotAsync(paths, cancellationToken);
        Console.WriteLine(outcome.Build is null ? $"  not built, so not measured: {outcome.Note}" : $"  {outcome.Build.FileName}");
        return outcome.Build is { } build ? outcome with { Build = build.With(build.Name, settings.ServerEnvironment) } : outcome;
    }

    private static async Task MeasurePathsAsync(
        BenchResults results, RepoPaths paths, ServerBuild build, ServerBuild? native, SimulatorProcess simulator, string sessionId, HttpClient http,
        BenchSettings settings, CancellationToken cancellationToken)
    {
        await using var stateless = await ServerProcess.StartAsync(build, simulator, stateful: false, http, RepoPaths.LogFile("stateless"), cancellationToken);
        await using var stateful = await ServerProcess.StartAsync(build, simulator, stateful: true, http, RepoPaths.LogFile("stateful"), cancellationToken);
        await using var variant = settings.VariantEnvironment.Count == 0 ? null : await ServerProcess.StartAsync(
            build.With(build.Name, new Dictionary<string, string>(build.Environment.Concat(settings.VariantEnvironment))),
            simulator, stateful: false, http, RepoPaths.LogFile("variant"), cancellationToken);
        var census = new ConnectionCensus(simulator.BaseUrl.Port, stateless.Process.Pid);
        census.Start();

        var mcpSession = await McpSessions.OpenAsync(stateful.McpEndpoint, http, cancellationToken);
        var mcpStateless = new CountingCallPath(new McpCallPath(BenchResults.McpStateless, stateless.McpEndpoint, sessionId, null));
        var rest = new CountingCallPath(new GetCallPath(BenchResults.Rest, new Uri(stateless.RestBaseUrl, $"v1/api/v1/sessions/{sessionId}"), null));
        var candidates = new (ICallPath Path, ChildProcess? Server)[]
        {
            (new GetCallPath(BenchResults.Direct, new Uri(simulator.BaseUrl, $"api/v1/sessions/{sessionId}"), simulator.Authorization), null),
            (mcpStateless, stateless.Process),
            (new McpCallPath(BenchResults.McpStateful, stateful.McpEndpoint, sessionId, mcpSession), stateful.Process),
            (rest, stateless.Process),
        };
        await using var nativeStateless = native is null ? null : await ServerProcess.StartAsync(native, simulator, stateful: false, http, RepoPaths.LogFile("native-stateless"), cancellationToken);
        await using var nativeStateful = native is null ? null : await ServerProcess.StartAsync(native, simulator, stateful: true, http, RepoPaths.LogFile("native-stateful"), cancellationToken);
        if (nativeStateless is not null && nativeStateful is not null)
        {
            var nativeSession = await McpSessions.OpenAsync(nativeStateful.McpEndpoint, http, cancellationToken);
            candidates =
            [
                .. candidates,
                (new McpCallPath(BenchResults.McpStatelessNative, nativeStateless.McpEndpoint, sessionId, null), nativeStateless.Process),
                (new McpCallPath(BenchResults.McpStatefulNative, nativeStateful.McpEndpoint, sessionId, nativeSession), nativeStateful.Process),
            ];
        }

        candidates = [.. candidates.Where(c => settings.Measures(c.Path.Name))];
        if (variant is not null)
        {
            var name = $"{BenchResults.McpStateless}, {string.Join(' ', settings.VariantEnvironment.Select(e => $"{e.Key}={e.Value}"))}";
            candidates = [.. candidates, (new McpCallPath(name, variant.McpEndpoint, sessionId, null), variant.Process)];
        }

        foreach (var (path, _) in candidates)
        {
            await AnswerCheck.VerifyAsync(path, http, sessionId, cancellationToken);
        }

        var phase = new LatencyPhase(http, settings, simulator);
        foreach (var concurrency in Concurrencies)
        {
            results.Loads.AddRange(await phase.MeasureAsync(candidates, concurrency, cancellationToken));
        }

        var concurrencyLimit = Concurrencies.Max();
        if (!settings.Measures(BenchResults.McpStateless))
        {
            await census.DisposeAsync();
            return;
        }

        var dedicated = await LoadRunner.RunAsync(mcpStateless, http, concurrencyLimit, TimeSpan.FromSeconds(60), ConnectionCalls, cancellationToken);
        await census.DisposeAsync();
        results.Connections = new ConnectionResult(
            mcpStateless.Calls + rest.Calls, dedicated.LatencyTicks.Length, dedicated.Failures, concurrencyLimit, census.OpenedByServer, census.Unattributed);
        Console.WriteLine(
            $"Connections: the stateless server opened {census.OpenedByServer} to the simulator over {results.Connections.Calls} calls " +
            $"({census.Unattributed} unattributed).");
    }

    private static async Task StartupsAsync(
        BenchResults results, RepoPaths paths, ServerBuild server, Publisher.Outcome? native, SimulatorProcess simulator, HttpClient http,
        BenchSettings settings, CancellationToken cancellationToken)
    {
        results.Startups.Add(await StartupPhase.MeasureAsync(server, simulator, http, settings.StartupRuns,
            $"`dotnet build -c {paths.Configuration}`, run as `dotnet OktaSessionMcp.dll`", cancellationToken));
        var publishes = new List<Func<Task<Publisher.Outcome>>>();
        if (settings.Publish)
        {
            publishes.Add(() => Publisher.ReadyToRunAsync(paths, cancellationToken));
        }

        if (settings.Composite)
        {
            publishes.Add(() => Publisher.CompositeAsync(paths, cancellationToken));
        }

        if (native is not null)
        {
            publishes.Add(() => Task.FromResult(native));
        }

        foreach (var publish in publishes)
        {
            var outcome = await publish();
            results.Startups.Add(outcome.Build is { } build
                ? await StartupPhase.MeasureAsync(build, simulator, http, settings.StartupRuns, outcome.Note, cancellationToken)
                : new StartupResult(outcome == native ? Publisher.NativeBuildName : "published build", [], [], outcome.Note));
        }

        results.Startups.Add(NodeReference.Build(paths) is { } node
            ? await StartupPhase.MeasureAsync(node, simulator, http, settings.StartupRuns, NodeReference.Note, cancellationToken, reference: true)
            : new StartupResult(NodeReference.Name, [], [], $"not installed: {NodeReference.Install}", Reference: true));
    }
}
