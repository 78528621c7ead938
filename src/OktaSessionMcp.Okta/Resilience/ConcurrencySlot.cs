using System.Threading.RateLimiting;
using Polly;

namespace OktaSessionMcp.Okta.Resilience;

/// <summary>
/// One permit of the shared limiter for each attempt (Polly's limiter strategy holds it for the attempt and releases
/// it after), so that at most <see cref="OktaClientOptions.MaxConcurrentRequests"/> requests are in flight to Okta.
/// Callers beyond it queue in arrival order until their time budget or their caller cancels them; nothing holds a permit
/// while it waits to retry. The call notes while it waits, so that a timeout can tell "never got a slot" from "Okta was
/// slow".
/// </summary>
internal static class ConcurrencySlot
{
    public static async ValueTask<RateLimitLease> AcquireAsync(RateLimiter limiter, ResilienceContext context)
    {
        var call = OktaCallState.Of(context);
        call.WaitingForSlot = true;
        var lease = await limiter.AcquireAsync(1, context.CancellationToken);
        call.WaitingForSlot = !lease.IsAcquired;
        return lease;
    }
}
