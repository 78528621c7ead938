using System.Threading.RateLimiting;
using Polly;

namespace OktaSessionMcp.Okta.Resilience;

/// <summary>
/// Holds one permit of the shared limiter for each attempt, so that at most
/// <see cref="OktaClientOptions.MaxConcurrentRequests"/> requests are in flight to Okta. Callers beyond it queue in
/// arrival order until their time budget or their caller cancels them. Nothing holds a permit while it waits to retry.
/// </summary>
/// <remarks>Polly.RateLimiting would do this, but our package feed lacks it; this is its core, over the same limiter.</remarks>
internal sealed class ConcurrencyLimitStrategy(RateLimiter limiter) : ResilienceStrategy
{
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        var call = OktaCallState.Of(context);
        call.WaitingForSlot = true;
        RateLimitLease lease;
        try
        {
            lease = await limiter.AcquireAsync(1, context.CancellationToken);
        }
        catch (OperationCanceledException exception)
        {
            // WaitingForSlot stays true: the handler tells "never got a slot" apart from "Okta was slow".
            return Outcome.FromException<TResult>(exception);
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                // The queue is unbounded, so only a limiter disposed with its container refuses.
                return Outcome.FromException<TResult>(new ObjectDisposedException(nameof(ConcurrencyLimitStrategy)));
            }

            call.WaitingForSlot = false;
            return await callback(context, state);
        }
    }
}
