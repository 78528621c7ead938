using System.Reflection;

namespace OktaSessionMcp.Bench.Processes;

/// <summary>Where the repository and the server and simulator builds are, found from the bench's own location.</summary>
internal sealed record RepoPaths(string Root, string Configuration)
{
    public string ServerProject => Path.Combine(Root, "src", "OktaSessionMcp", "OktaSessionMcp.csproj");

    public string ServerDll => Path.Combine(Root, "src", "OktaSessionMcp", "bin", Configuration, "net10.0", "OktaSessionMcp.dll");

    public string SimulatorDll =>
        Path.Combine(Root, "src", "OktaSessionMcp.Simulator", "bin", Configuration, "net10.0", "OktaSessionMcp.Simulator.dll");

    /// <summary>Published builds go under the bench's bin folder, which git ignores.</summary>
    public string PublishDirectory(string flavour) =>
        Path.Combine(Root, "bench", "OktaSessionMcp.Bench", "bin", "publish", flavour);

    /// <summary>
    /// A fresh log file for a child process, outside the repository: the server watches its content root for
    /// configuration changes, and log writes inside it would wake that watcher on every line.
    /// </summary>
    public static string LogFile(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "okta-session-mcp-bench");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{name}-{Interlocked.Increment(ref _logs):00}.log");
        File.Delete(file);
        return file;
    }

    private static int _logs;

    public static RepoPaths Find()
    {
        var configuration = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "Configuration")?.Value ?? "Release";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OktaSessionMcp.sln")))
            {
                return new RepoPaths(dir.FullName, configuration);
            }
        }

        throw new InvalidOperationException("OktaSessionMcp.sln not found above " + AppContext.BaseDirectory);
    }
}
