using System.Globalization;

namespace OktaSessionMcp.Bench;

/// <summary>The bench's command line: where to write, how long to measure, and what to run for an experiment.</summary>
internal sealed record BenchSettings(
    string? Out,
    TimeSpan Warmup,
    TimeSpan Measure,
    int StartupRuns,
    bool Publish,
    bool Aot,
    bool Composite,
    IReadOnlyDictionary<string, string> ServerEnvironment,
    IReadOnlyDictionary<string, string> VariantEnvironment,
    IReadOnlySet<string> Parts,
    IReadOnlySet<string> Paths)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/OktaSessionMcp.Bench -- [options]
          --out FILE        write the report (markdown) there, and the chart next to it as FILE's name + .svg
          --seconds N       measured seconds per path and concurrency (default 4; warm-up is a quarter of it, at least 1 s)
          --startup-runs N  launches per build for start-up times (default 5)
          --no-publish      skip the ReadyToRun publish and its start-up times
          --composite       also time a self-contained composite ReadyToRun publish (framework and server compiled
                            together; its first publish takes several minutes, later runs reuse it)
          --no-aot          skip the Native AOT build (by default it is published, or reused while no source changed,
                            and measured everywhere beside the JIT build: latency, memory, start-up; its first publish
                            takes minutes and needs clang)
        For experiments (a report written with these says so):
          --env NAME=VALUE  extra environment for every server launch, e.g. DOTNET_gcServer=0 (repeatable)
          --variant NAME=VALUE
                            also measure a second stateless server with this environment, interleaved with the
                            others, as the path "MCP stateless, NAME=VALUE" (repeatable: one server, all of them)
          --only PARTS      comma-separated: latency, memory, startup (default all)
          --paths NAMES     comma-separated path names to measure, e.g. "MCP stateless,REST adapter" (default all)
        """;

    /// <summary>A bound on calls per measurement besides its duration: no loop here is unbounded.</summary>
    public const int MaxCalls = 1_000_000;

    public static readonly IReadOnlySet<string> AllParts = new HashSet<string>(["latency", "memory", "startup"], StringComparer.Ordinal);

    public bool IsExperiment => ServerEnvironment.Count > 0 || VariantEnvironment.Count > 0 || !Parts.SetEquals(AllParts) || Paths.Count > 0;

    public bool Runs(string part) => Parts.Contains(part);

    public bool Measures(string path) => Paths.Count == 0 || Paths.Contains(path);

    public static BenchSettings Parse(IReadOnlyList<string> args)
    {
        string? output = null;
        var seconds = 4.0;
        var startupRuns = 5;
        bool publish = true, aot = true, composite = false;
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        var variant = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlySet<string> parts = AllParts;
        var paths = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--out":
                    output = Value(args, ++i);
                    break;
                case "--seconds":
                    seconds = double.Parse(Value(args, ++i), CultureInfo.InvariantCulture);
                    break;
                case "--startup-runs":
                    startupRuns = int.Parse(Value(args, ++i), CultureInfo.InvariantCulture);
                    break;
                case "--no-publish":
                    publish = false;
                    break;
                case "--no-aot":
                    aot = false;
                    break;
                case "--composite":
                    composite = true;
                    break;
                case "--env":
                    AddPair(environment, Value(args, ++i));
                    break;
                case "--variant":
                    AddPair(variant, Value(args, ++i));
                    break;
                case "--only":
                    parts = List(Value(args, ++i));
                    break;
                case "--paths":
                    paths.UnionWith(List(Value(args, ++i)));
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.{Environment.NewLine}{Usage}");
            }
        }

        var measure = TimeSpan.FromSeconds(seconds);
        var warmup = TimeSpan.FromSeconds(Math.Max(1, seconds / 4));
        return new BenchSettings(output, warmup, measure, startupRuns, publish, aot, composite, environment, variant, parts, paths);
    }

    private static void AddPair(Dictionary<string, string> into, string pair)
    {
        var parts = pair.Split('=', 2);
        into[parts[0]] = parts.Length == 2 ? parts[1] : throw new ArgumentException($"'{pair}' is not NAME=VALUE.{Environment.NewLine}{Usage}");
    }

    private static HashSet<string> List(string value) =>
        new(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    private static string Value(IReadOnlyList<string> args, int index) =>
        index < args.Count ? args[index] : throw new ArgumentException($"Option {args[index - 1]} needs a value.{Environment.NewLine}{Usage}");
}
