using OktaSessionMcp.Bench.Phases;
using OktaSessionMcp.Bench.Report;
using OktaSessionMcp.Bench.Stats;

namespace OktaSessionMcp.Bench;

/// <summary>Everything one run measured, for the report.</summary>
internal sealed class BenchResults
{
    public const string Direct = "direct (simulator)";
    public const string McpStateless = "MCP stateless";
    public const string McpStateful = "MCP stateful";
    public const string Rest = "REST adapter";
    public const string McpStatelessNative = "MCP stateless, native";
    public const string McpStatefulNative = "MCP stateful, native";

    /// <summary>Each Native AOT path beside the path of the JIT build it is compared with.</summary>
    public static readonly (string Native, string Jit)[] NativePairs = [(McpStatelessNative, McpStateless), (McpStatefulNative, McpStateful)];

    public required MachineInfo Machine { get; init; }

    public required string Command { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required string LoadBefore { get; init; }

    public string LoadAfter { get; set; } = "?";

    public TimeSpan Duration { get; set; }

    public required BenchSettings Settings { get; init; }

    public List<LoadResult> Loads { get; } = [];

    public ConnectionResult? Connections { get; set; }

    public List<MemoryResult> Memory { get; } = [];

    public List<StartupResult> Startups { get; } = [];

    public LoadResult? Find(string path, int concurrency) => Loads.FirstOrDefault(r => r.Path == path && r.Concurrency == concurrency);
}
