using OktaSessionMcp.Okta.Resilience;
using OktaSessionMcp.Okta.Telemetry;
using Polly;
using Polly.Timeout;

namespace OktaSessionMcp.Okta.Http;

/// <summary>
/// Runs each request through the client's resilience pipeline (built where the client is registered); each
/// execution of the callback is one attempt through the handlers below, measured on its own.
/// </summary>
internal sealed class OktaResilienceHandler(OktaResilience resilience, OktaMetrics metrics) : DelegatingHandler
{
    private TimeProvider Clock => resilience.Options.TimeProvider;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = new OktaCallState(request, OktaRequestOptions.CallOf(request), Clock.GetTimestamp());
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        call.AttachTo(context);
        try
        {
            return await resilience.Pipeline.ExecuteAsync(
                static (attempt, state) => state.Handler.SendAttemptAsync(state.Call, attempt.CancellationToken, state.CallerToken),
                context,
                (Handler: this, Call: call, CallerToken: cancellationToken));
        }
        catch (TimeoutRejectedException timeout)
        {
            throw call.TotalTimedOut
                ? new OktaTimeoutException(
                    call.WaitingForSlot ? OktaTimeoutScope.Queue : OktaTimeoutScope.Total,
                    resilience.Options.TotalTimeout, call.Attempts, resilience.Options.MaxConcurrentRequests, timeout)
                : new OktaTimeoutException(OktaTimeoutScope.Attempt, timeout.Timeout, call.Attempts, resilience.Options.MaxConcurrentRequests, timeout);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HttpResponseMessage> SendAttemptAsync(OktaCallState call, CancellationToken attemptToken, CancellationToken callerToken)
    {
        call.Attempts++;
        var started = Clock.GetTimestamp();
        try
        {
            var response = await base.SendAsync(call.Request, attemptToken);
            metrics.RecordAttempt(call.Operation, response, Clock.GetElapsedTime(started));
            return response;
        }
        catch (Exception exception)
        {
            metrics.RecordAttempt(call.Operation, exception, callerToken.IsCancellationRequested, Clock.GetElapsedTime(started));
            throw;
        }
    }
}
