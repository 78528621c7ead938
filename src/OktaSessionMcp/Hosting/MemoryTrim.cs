namespace OktaSessionMcp.Hosting;

/// <summary>
/// Gives memory the server no longer needs back to the operating system at the two moments an idle server keeps it:
/// once start-up has settled, and once a burst of closed sessions has.
/// </summary>
/// <remarks>
/// An idle server runs no collection, so what start-up left behind (configuration, host building, the first requests'
/// garbage) and what many sessions left in the oldest generation would stay resident indefinitely (docs/benchmarks.md:
/// start-up's share was 9 to 10 MiB of the native build's idle RSS; +36% over idle after 1,000 sessions). So, once
/// <see cref="Settle"/> after the host has started, and after at least <see cref="Burst"/> closes followed by
/// <see cref="Settle"/> without another, one blocking, compacting, aggressive collection returns it. The runtime has no
/// setting that does this for an idle process (GC conserve-memory and heap limits act only when a collection runs),
/// hence this small class.
/// </remarks>
internal sealed class MemoryTrim(TimeProvider clock, IHostApplicationLifetime lifetime) : IHostedService, IDisposable
{
    public const int Burst = 100;

    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    private int _closed;
    private int _started;
    private ITimer? _timer;

    /// <summary>How many collections this has run: for tests.</summary>
    public int Collections { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(OnStarted);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void OnStarted()
    {
        Interlocked.Exchange(ref _started, 1);
        Schedule();
    }

    public void OnClosed()
    {
        if (Interlocked.Increment(ref _closed) >= Burst)
        {
            Schedule();
        }
    }

    /// <summary>A collection still pending when the host stops is not run.</summary>
    public void Dispose() => Interlocked.Exchange(ref _timer, null)?.Dispose();

    private void Schedule()
    {
        // Each close after the burst pushes the collection back: it runs once the closing has stopped.
        var timer = clock.CreateTimer(_ => Collect(), null, Settle, Timeout.InfiniteTimeSpan);
        Interlocked.Exchange(ref _timer, timer)?.Dispose();
    }

    private void Collect()
    {
        var burst = Interlocked.Exchange(ref _closed, 0) >= Burst;
        var startUp = Interlocked.Exchange(ref _started, 0) == 1;
        if (!burst && !startUp)
        {
            return;
        }

        // Aggressive: compacts every generation, the large-object heap included, and decommits what is left free.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Collections++;
    }
}
