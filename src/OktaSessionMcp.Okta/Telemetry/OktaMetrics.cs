using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace OktaSessionMcp.Okta.Telemetry;

/// <summary>
/// The client's instruments, on a Meter from the container's IMeterFactory so that two containers (two tests, two
/// hosts) never mix their measurements.
/// </summary>
internal sealed class OktaMetrics
{
    private readonly Counter<long> requests;
    private readonly Histogram<double> duration;
    private readonly Counter<long> retries;

    // -1 until an answer carries X-Rate-Limit-Remaining; the gauge reports nothing before that.
    private long rateLimitRemaining = -1;

    public OktaMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(OktaTelemetry.Name);
        requests = meter.CreateCounter<long>(OktaTelemetry.Requests, "{request}", "Requests sent to Okta, each attempt counted.");
        duration = meter.CreateHistogram<double>(OktaTelemetry.RequestDuration, "s", "How long each request to Okta took, its body included.");
        retries = meter.CreateCounter<long>(OktaTelemetry.Retries, "{retry}", "Retries of calls to Okta, by reason.");
        meter.CreateObservableGauge(OktaTelemetry.RateLimitRemaining, ObserveRateLimitRemaining, "{request}",
            "X-Rate-Limit-Remaining of Okta's latest answer: requests left in the current rate-limit window.");
    }

    public void RecordAttempt(string operation, HttpResponseMessage response, TimeSpan elapsed)
    {
        if (response.Headers.TryGetValues("X-Rate-Limit-Remaining", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var remaining))
        {
            Interlocked.Exchange(ref rateLimitRemaining, remaining);
        }

        Record(new TagList { { OktaTelemetry.OperationTag, operation }, { OktaTelemetry.StatusCodeTag, (int)response.StatusCode } }, elapsed);
    }

    public void RecordAttempt(string operation, Exception exception, bool cancelledByCaller, TimeSpan elapsed)
    {
        var tags = new TagList { { OktaTelemetry.OperationTag, operation } };
        if (exception is OktaResponseTooLargeException tooLarge)
        {
            tags.Add(OktaTelemetry.StatusCodeTag, tooLarge.StatusCode);
        }

        tags.Add(OktaTelemetry.ErrorTypeTag, exception switch
        {
            OktaResponseTooLargeException => "response_too_large",
            OperationCanceledException when cancelledByCaller => "cancelled",
            OperationCanceledException => "timeout",
            HttpRequestException or IOException => "transport",
            _ => exception.GetType().Name,
        });
        Record(tags, elapsed);
    }

    public void RecordRetry(string operation, OktaRetryReason reason) =>
        retries.Add(1, new TagList { { OktaTelemetry.OperationTag, operation }, { OktaTelemetry.RetryReasonTag, OktaTelemetry.ReasonName(reason) } });

    private void Record(in TagList tags, TimeSpan elapsed)
    {
        requests.Add(1, tags);
        duration.Record(elapsed.TotalSeconds, tags);
    }

    private IEnumerable<Measurement<long>> ObserveRateLimitRemaining()
    {
        var value = Interlocked.Read(ref rateLimitRemaining);
        return value < 0 ? [] : [new Measurement<long>(value)];
    }
}
