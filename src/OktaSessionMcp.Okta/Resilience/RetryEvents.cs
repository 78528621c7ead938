using System.Diagnostics;
using System.Globalization;
using System.Net;
using OktaSessionMcp.Okta.Telemetry;
using Polly.Retry;

namespace OktaSessionMcp.Okta.Resilience;

/// <summary>
/// What happens before every retry, whatever its reason: the retry headers Okta asks clients to send, a metric, an
/// event on the call's span, and a notice to whoever observes the call (e.g. an MCP tool reporting progress).
/// </summary>
internal sealed class RetryEvents(OktaMetrics metrics)
{
    public const string RetryForHeader = "X-Okta-Retry-For";
    public const string RetryCountHeader = "X-Okta-Retry-Count";

    public async ValueTask OnRetryAsync(OktaRetryReason reason, int maxRetries, OnRetryArguments<HttpResponseMessage> arguments)
    {
        var call = OktaCallState.Of(arguments.Context);
        var response = arguments.Outcome.Result;
        call.Retries++;
        // The refused answer is disposed right after this callback: read what we need from it now.
        call.RetryFor = (response is null ? null : OktaResponseHeaders.RequestId(response)) ?? call.RetryFor;
        StampRetryHeaders(call);
        metrics.RecordRetry(call.Operation, reason);

        var notice = new OktaRetryNotice(
            call.Operation,
            reason,
            arguments.AttemptNumber + 1,
            maxRetries,
            arguments.RetryDelay,
            response is null ? null : (int)response.StatusCode,
            response is { StatusCode: HttpStatusCode.TooManyRequests } ? OktaResponseHeaders.RateLimitReset(response) : null);
        Activity.Current?.AddEvent(new ActivityEvent("okta.retry", tags: new ActivityTagsCollection
        {
            [OktaTelemetry.RetryReasonTag] = OktaTelemetry.ReasonName(reason),
            [OktaTelemetry.RetryCountTag] = call.Retries,
            ["okta.retry.delay_ms"] = arguments.RetryDelay.TotalMilliseconds,
        }));
        await OktaCallObservation.RetryingAsync(notice, arguments.Context.CancellationToken);
    }

    /// <summary>X-Okta-Retry-For names the refused request (when Okta answered one), X-Okta-Retry-Count counts the retries.</summary>
    private static void StampRetryHeaders(OktaCallState call)
    {
        var headers = call.Request.Headers;
        headers.Remove(RetryForHeader);
        headers.Remove(RetryCountHeader);
        if (call.RetryFor is { } requestId)
        {
            headers.TryAddWithoutValidation(RetryForHeader, requestId);
        }

        headers.TryAddWithoutValidation(RetryCountHeader, call.Retries.ToString(CultureInfo.InvariantCulture));
    }
}
