using OktaSessionMcp.Okta.Resilience;
using OktaSessionMcp.Okta.Telemetry;
using Polly;

namespace OktaSessionMcp.Okta.Http;

/// <summary>Runs inside the resilience pipeline, once per attempt: counts the attempt and measures it on its own.</summary>
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
            return response;
        }
        catch (Exception exception)
        {
            metrics.RecordAttempt(call.Operation, exception, call.CallerToken.IsCancellationRequested, clock.GetElapsedTime(started));
            throw;
        }
    }
}
