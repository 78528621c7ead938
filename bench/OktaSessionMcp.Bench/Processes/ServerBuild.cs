namespace OktaSessionMcp.Bench.Processes;

/// <summary>A way to launch the server: the Release dll under the dotnet host, a published dll, or a native binary.</summary>
/// <param name="Environment">Extra environment (e.g. GC settings) for every launch of this build.</param>
internal sealed record ServerBuild(string Name, string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment)
{
    public static ServerBuild Dll(string name, string dll, IReadOnlyDictionary<string, string>? environment = null) =>
        new(name, ChildProcess.DotnetHost, [dll], environment ?? new Dictionary<string, string>());

    public ServerBuild With(string name, IReadOnlyDictionary<string, string> environment) =>
        this with { Name = name, Environment = environment };
}
