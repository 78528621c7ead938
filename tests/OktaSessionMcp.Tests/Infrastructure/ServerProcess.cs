using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OktaSessionMcp.Tests.Infrastructure;

/// <summary>The real server binary as a child process on the embedded simulator, for tests of process behaviour.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri mcpUrl, Uri simulatorUrl)
    {
        _process = process;
        McpUrl = mcpUrl;
        SimulatorUrl = simulatorUrl;
    }

    public Uri McpUrl { get; }

    public Uri SimulatorUrl { get; }

    public Task<int> ExitCodeAsync(CancellationToken cancellationToken) =>
        _process.WaitForExitAsync(cancellationToken).ContinueWith(_ => _process.ExitCode, TaskScheduler.Default);

    public static async Task<ServerProcess> StartAsync(CancellationToken cancellationToken, params string[] extraArguments)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "OktaSessionMcp"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "--okta-simulator", "--mcp-port", FreePort().ToString(CultureInfoInvariant), "--rest-port", "0" },
        };
        foreach (var argument in extraArguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        Uri? mcp = null, simulator = null;
        while (mcp is null || simulator is null)
        {
            var line = await process.StandardOutput.ReadLineAsync(cancellationToken)
                ?? throw new InvalidOperationException("The server exited before it printed its endpoints.");
            mcp ??= UrlAfter(line, "MCP endpoint:");
            simulator ??= UrlAfter(line, "Okta simulator:");
        }

        return new ServerProcess(process, mcp, simulator);
    }

    /// <summary>Sends SIGTERM, as an orchestrator or a terminal's kill does.</summary>
    public void Terminate() => Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfoInvariant)])!.WaitForExit();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static readonly IFormatProvider CultureInfoInvariant = System.Globalization.CultureInfo.InvariantCulture;

    private static Uri? UrlAfter(string line, string label)
    {
        var at = line.IndexOf(label, StringComparison.Ordinal);
        return at < 0 ? null : new Uri(line[(at + label.Length)..].Trim().Split(' ')[0]);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
