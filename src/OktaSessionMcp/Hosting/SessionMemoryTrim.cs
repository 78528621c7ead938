namespace OktaSessionMcp.Hosting;

/// <summary>
/// Gives the memory of many closed sessions back to the operating system once the closing has settled.
/// </summary>
/// <remarks>
/// A session's objects live long enough to reach the oldest generation, and an idle server runs no full collection,
/// so after a burst of sessions ends the process would keep that memory indefinitely (docs/benchmarks.md: +36% over
/// idle after 1,000 sessions). After at least <see cref="Burst"/> closes and <see cref="Settle"/> without another, one
/// blocking, compacting, aggressive collection returns it. The runtime has no setting that does this for an idle
/// process (GC conserve-memory and heap limits act only when a collection runs), hence this small class.
/// </remarks>
internal sealed class SessionMemoryTrim(TimeProvider clock) : IDisposable
{
    public const int Burst = 100;

    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    private int _closed;
    private ITimer? _timer;

    /// <summary>How many collections this has run: for tests.</summary>
    public int Collections { get; private set; }

    public void OnClosed()
    {
        if (Interlocked.Increment(ref _closed) < Burst)
        {
            return;
        }

        // Each close after the burst pushes the collection back: it runs once the closing has stopped.
        var timer = clock.CreateTimer(_ => Collect(), null, Settle, Timeout.InfiniteTimeSpan);
        Interlocked.Exchange(ref _timer, timer)?.Dispose();
    }

    /// <summary>A collection still pending when the host stops is not run.</summary>
    public void Dispose() => Interlocked.Exchange(ref _timer, null)?.Dispose();

    private void Collect()
    {
        if (Interlocked.Exchange(ref _closed, 0) < Burst)
        {
            return;
        }

        // Aggressive: compacts every generation, the large-object heap included, and decommits what is left free.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Collections++;
    }
}
