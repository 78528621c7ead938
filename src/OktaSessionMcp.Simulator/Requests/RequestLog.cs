namespace OktaSessionMcp.Simulator.Requests;

/// <summary>The most recent requests to <c>/api/v1/*</c>, oldest first, bounded so a long benchmark cannot exhaust memory.</summary>
internal sealed class RequestLog
{
    internal const int MaxEntries = 10_000;

    private readonly Lock gate = new();
    private readonly Queue<RecordedRequest> entries = new();

    public void Add(RecordedRequest entry)
    {
        lock (gate)
        {
            entries.Enqueue(entry);
            if (entries.Count > MaxEntries)
            {
                entries.Dequeue();
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (gate)
        {
            return [.. entries];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }
}
