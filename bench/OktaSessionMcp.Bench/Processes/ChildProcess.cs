using System.Collections.Concurrent;
using System.Diagnostics;

namespace OktaSessionMcp.Bench.Processes;

/// <summary>
/// A server or simulator the bench started, its output going to a log file. Disposing stops it with SIGTERM, then
/// SIGKILL if it lingers.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();
    private readonly Process _process;
    private readonly string _logFile;

    static ChildProcess()
    {
        // A crashed or interrupted bench must not leave servers behind on the shared machine.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
    }

    private ChildProcess(Process process, long startedAt, string logFile)
    {
        _process = process;
        StartedAt = startedAt;
        _logFile = logFile;
    }

    public int Pid => _process.Id;

    /// <summary>The <see cref="Stopwatch"/> timestamp taken just before the process was created.</summary>
    public long StartedAt { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the process wrote, for error messages.</summary>
    public string Tail => File.Exists(_logFile) ? string.Join(Environment.NewLine, File.ReadLines(_logFile).TakeLast(30)) : "";

    /// <summary>The dotnet host that runs framework-dependent dlls.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>
    /// Starts the program in <paramref name="workingDirectory"/> (where it is installed, as a service would run it) with
    /// its output appended to <paramref name="logFile"/>. Through a file, not a pipe: reading a server's per-request log
    /// lines through a pipe would cost the bench CPU on the cores it shares with the server.
    /// </summary>
    public static ChildProcess Start(
        string fileName, IEnumerable<string> arguments, string workingDirectory, string logFile, IReadOnlyDictionary<string, string>? environment = null)
    {
        // exec keeps the pid: the process measured is the program itself, not a shell around it.
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, RedirectStandardInput = true, WorkingDirectory = workingDirectory };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("exec \"$0\" \"$@\" >>\"$BENCH_LOG\" 2>&1");
        info.ArgumentList.Add(fileName);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["BENCH_LOG"] = logFile;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        Running[process.Id] = process;
        return new ChildProcess(process, startedAt, logFile);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using var term = Process.Start("kill", ["-TERM", Pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        Running.TryRemove(Pid, out _);
        _process.Dispose();
    }

    private static void KillAll()
    {
        foreach (var process in Running.Values)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }
}
