using OktaSessionMcp.Okta.Http;
using Polly;
using Polly.Timeout;

namespace OktaSessionMcp.Okta.Resilience;

/// <summary>
/// The outermost handler: opens one call's state for the resilience pipeline below it (the strategies read which
/// operation it is, how long it has run, and stamp the retry headers through it), and tells the pipeline's two
/// timeouts and the wait for a slot apart when one of them ends the call.
/// </summary>
internal sealed class OktaCallHandler(OktaClientOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = new OktaCallState(request, OktaRequestOptions.CallOf(request), options.TimeProvider.GetTimestamp(), cancellationToken);
        // The resilience handler below runs the pipeline with the context it finds on the request.
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        call.AttachTo(context);
        request.SetResilienceContext(context);
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (TimeoutRejectedException timeout)
        {
            throw call.TotalTimedOut
                ? new OktaTimeoutException(
                    call.WaitingForSlot ? OktaTimeoutScope.Queue : OktaTimeoutScope.Total,
                    options.TotalTimeout, call.Attempts, options.MaxConcurrentRequests, timeout)
                : new OktaTimeoutException(OktaTimeoutScope.Attempt, timeout.Timeout, call.Attempts, options.MaxConcurrentRequests, timeout);
        }
        finally
        {
            request.SetResilienceContext(null);
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
