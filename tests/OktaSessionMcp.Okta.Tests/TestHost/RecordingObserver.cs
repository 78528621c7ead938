using System.Collections.Concurrent;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>Keeps every retry notice, and runs an optional action on each (e.g. lifting a fault before the retry).</summary>
public sealed class RecordingObserver(Func<OktaRetryNotice, Task>? onRetry = null) : IOktaRetryObserver
{
    public ConcurrentQueue<OktaRetryNotice> Notices { get; } = new();

    public async ValueTask OnRetryAsync(OktaRetryNotice notice, CancellationToken cancellationToken)
    {
        Notices.Enqueue(notice);
        if (onRetry is not null)
        {
            await onRetry(notice);
        }
    }
}
