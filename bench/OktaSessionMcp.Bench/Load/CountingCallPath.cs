namespace OktaSessionMcp.Bench.Load;

/// <summary>Counts the successful calls made through a path, warm-ups included (the connection count is per call served).</summary>
internal sealed class CountingCallPath(ICallPath inner) : ICallPath
{
    private long _calls;

    public string Name => inner.Name;

    public long Calls => Interlocked.Read(ref _calls);

    public async Task<bool> CallAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var ok = await inner.CallAsync(http, cancellationToken);
        if (ok)
        {
            Interlocked.Increment(ref _calls);
        }

        return ok;
    }

    public Task<string> FetchAsync(HttpClient http, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return inner.FetchAsync(http, cancellationToken);
    }
}
