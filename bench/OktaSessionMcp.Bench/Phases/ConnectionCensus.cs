using System.Globalization;

namespace OktaSessionMcp.Bench.Phases;

/// <summary>
/// Counts the TCP connections a server opens to the simulator's port by sampling the kernel's table (/proc/net/tcp)
/// every second. A connection is known by its client-side port, and is the server's when its client socket is among
/// the server process's file descriptors. Sampling does not lose a short-lived connection: whichever side closes
/// first keeps the 4-tuple in TIME_WAIT for 60 s and the table lists that too; such a connection, never seen open,
/// is counted as unattributed.
/// </summary>
/// <remarks>
/// Not more often: reading the table costs milliseconds of kernel time on this kind of VM (about 9 ms here), and at a
/// 10 ms interval the census alone took most of a core from the processes it was meant to watch.
/// </remarks>
internal sealed class ConnectionCensus(int simulatorPort, int serverPid) : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private const string Listen = "0A";
    private const string Established = "01";
    private static readonly string[] Tables = ["/proc/net/tcp", "/proc/net/tcp6"];
    private readonly HashSet<int> _baseline = Sample(simulatorPort, serverPid).All;
    private readonly HashSet<int> _seen = [];
    private readonly HashSet<int> _server = [];
    private readonly HashSet<int> _others = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _sampling;

    /// <summary>Connections to the simulator opened by the server since the census began.</summary>
    public int OpenedByServer => _server.Except(_baseline).Count();

    /// <summary>Connections opened since the census began that were never seen open, so have no known owner.</summary>
    public int Unattributed => _seen.Except(_baseline).Except(_server).Except(_others).Count();

    public void Start() => _sampling = Task.Run(SamplePeriodicallyAsync);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_sampling is not null)
        {
            await _sampling;
        }

        Record();
        _stop.Dispose();
    }

    private async Task SamplePeriodicallyAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                Record();
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
            // Disposed: the final sample is taken there.
        }
    }

    private void Record()
    {
        var sample = Sample(simulatorPort, serverPid);
        _seen.UnionWith(sample.All);
        _server.UnionWith(sample.Server);
        _others.UnionWith(sample.Others);
    }

    private static (HashSet<int> All, HashSet<int> Server, HashSet<int> Others) Sample(int port, int serverPid)
    {
        var serverSockets = SocketInodes(serverPid);
        (HashSet<int> all, HashSet<int> server, HashSet<int> others) = ([], [], []);
        foreach (var table in Tables.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var (local, remote, state, inode) = (PortOf(fields[1]), PortOf(fields[2]), fields[3], fields[9]);
                if (remote == port)
                {
                    // The client's end: its inode says which process holds it while it is open.
                    all.Add(local);
                    if (state == Established)
                    {
                        (serverSockets.Contains(inode) ? server : others).Add(local);
                    }
                }
                else if (local == port && state != Listen)
                {
                    all.Add(remote);
                }
            }
        }

        return (all, server, others);
    }

    private static int PortOf(string address) =>
        int.Parse(address[(address.IndexOf(':', StringComparison.Ordinal) + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>The inodes of the sockets a process holds: its fds link to "socket:[inode]".</summary>
    private static HashSet<string> SocketInodes(int pid)
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{pid}/fd"))
            {
                if (new FileInfo(fd).LinkTarget is { } target && target.StartsWith("socket:[", StringComparison.Ordinal))
                {
                    inodes.Add(target["socket:[".Length..^1]);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An fd closed while listing, or the process ended: the next sample sees the rest.
        }

        return inodes;
    }
}
