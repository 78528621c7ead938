using System.Net;
using System.Net.Sockets;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>
/// Runs every <see cref="StartupFailureCase"/> once, as the real executable, a few at a time: each test then awaits its
/// own case, so the processes overlap instead of starting one after another. No two cases share a port.
/// </summary>
public sealed class StartupFailureRuns : IDisposable
{
    /// <summary>The acceptance bound for one failed start, from its launch to its exit.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _slots = new(Math.Max(2, Environment.ProcessorCount));
    private readonly Dictionary<string, Task<(ExitedProcess Process, string BusyPort)>> _runs;

    public StartupFailureRuns() =>
        _runs = StartupFailureCase.All.ToDictionary(c => c.Name, c => RunAsync(c.Arguments, c.Environment));

    public Task<(ExitedProcess Process, string BusyPort)> Of(string name) => _runs[name];

    /// <summary>A run outside the table (same executable, same deadline), e.g. with --log-level Debug.</summary>
    public Task<(ExitedProcess Process, string BusyPort)> RunAsync(string[] arguments, IReadOnlyDictionary<string, string>? environment) =>
        RunHoldingAPortAsync(arguments, environment ?? new Dictionary<string, string>());

    public void Dispose() => _slots.Dispose();

    private async Task<(ExitedProcess, string)> RunHoldingAPortAsync(string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        // A listener of its own per run, held until the process has exited, stands for "another process has the port".
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var busy = ((IPEndPoint)holder.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var executable = Path.Combine(AppContext.BaseDirectory, "OktaSessionMcp");
        await _slots.WaitAsync();
        try
        {
            var process = await ExitedProcess.RunAsync(
                executable, arguments.Select(a => a.Replace(StartupFailureCase.BusyPort, busy, StringComparison.Ordinal)), environment, Deadline);
            return (process, busy);
        }
        finally
        {
            _slots.Release();
        }
    }
}
