using OktaSessionMcp.Okta.Telemetry;

namespace OktaSessionMcp.Okta.Resilience;

/// <summary>
/// Runs inside the resilience pipeline, once per attempt: counts the attempt, measures it on its own, and tells the
/// call's observers what Okta answered.
/// </summary>
internal sealed class OktaAttemptHandler(OktaMetrics metrics, TimeProvider clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = OktaCallState.Of(request.GetResilienceContext()
            ?? throw new InvalidOperationException("An Okta attempt runs only inside the client's resilience pipeline."));
        call.Attempts++;
        var started = clock.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            metrics.RecordAttempt(call.Operation, response, clock.GetElapsedTime(started));
            OktaCallObservation.Answered(new OktaAnswer(call.Operation, (int)response.StatusCode, OktaResponseHeaders.RequestId(response)));
            return response;
        }
        catch (Exception exception)
        {
            metrics.RecordAttempt(call.Operation, exception, call.CallerToken.IsCancellationRequested, clock.GetElapsedTime(started));
            throw;
        }
    }
}
