using System.Collections.Concurrent;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>Keeps every retry notice and answer, and runs an optional action on each notice (e.g. lifting a fault before the retry).</summary>
public sealed class RecordingObserver(Func<OktaRetryNotice, Task>? onRetry = null) : IOktaCallObserver
{
    public ConcurrentQueue<OktaRetryNotice> Notices { get; } = new();

    public ConcurrentQueue<OktaAnswer> Answers { get; } = new();

    public void OnAnswer(OktaAnswer answer) => Answers.Enqueue(answer);

    public async ValueTask OnRetryAsync(OktaRetryNotice notice, CancellationToken cancellationToken)
    {
        Notices.Enqueue(notice);
        if (onRetry is not null)
        {
            await onRetry(notice);
        }
    }
}
