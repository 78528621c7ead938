using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OktaSessionMcp.Tests.Fleet;

/// <summary>
/// A real redis-server for the fleet tests: on 127.0.0.1 and a free port, with nothing saved to disk, stopped and started
/// again on the same port to show Redis failing mid-call and coming back.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string; short timeouts so a test of Redis going away stays quick.</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)},connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000";

    public static async Task<RedisServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var server = new RedisServer(FreePort());
        await server.StartAgainAsync(cancellationToken);
        return server;
    }

    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        var path = RedisAvailability.ServerPath
            ?? throw new InvalidOperationException("redis-server is required (CI) but not installed: apt-get install -y redis-server.");
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            ArgumentList =
            {
                "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                "--dir", Path.GetTempPath(), "--logfile", "",
            },
        };
        var process = Process.Start(start)!;
        _process = process;

        // It prints this line once it accepts connections: no polling, no sleeping.
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None); // keep draining
                return;
            }
        }

        throw new InvalidOperationException($"redis-server exited with {process.ExitCode} before it was ready on port {Port}.");
    }

    /// <summary>Stops Redis as a crash would (SIGKILL): connections drop at once.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
            process.Dispose();
        }

        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
