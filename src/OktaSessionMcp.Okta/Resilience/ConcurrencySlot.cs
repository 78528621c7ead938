using System.Threading.RateLimiting;
using Polly;

namespace OktaSessionMcp.Okta.Resilience;

/// <summary>
/// The concurrency cap: one permit of a limiter shared by the whole container for each attempt (Polly's limiter
/// strategy holds it for the attempt and releases it after), so that at most
/// <see cref="OktaClientOptions.MaxConcurrentRequests"/> requests are in flight to Okta. Callers beyond it queue in
/// arrival order until their time budget or their caller cancels them; nothing holds a permit while it waits to retry.
/// The call notes while it waits, so that a timeout can tell "never got a slot" from "Okta was slow".
/// </summary>
internal sealed class ConcurrencySlot(OktaClientOptions options) : IDisposable
{
    private readonly ConcurrencyLimiter limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.MaxConcurrentRequests,
        // Unbounded: every queued caller leaves when its own time budget ends.
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async ValueTask<RateLimitLease> AcquireAsync(ResilienceContext context)
    {
        var call = OktaCallState.Of(context);
        call.WaitingForSlot = true;
        var lease = await limiter.AcquireAsync(1, context.CancellationToken);
        call.WaitingForSlot = !lease.IsAcquired;
        return lease;
    }

    public void Dispose() => limiter.Dispose();
}
