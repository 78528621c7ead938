using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OktaSessionMcp.Okta.Telemetry;

namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>The client's Meter and ActivitySource, read the way an exporter reads them.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Calls_WithARetry_AreMeasuredByOperationStatusAndReason()
    {
        // The simulator's clock stands still, so that all requests fall into one rate-limit window.
        await using var okta = await SimulatedOkta.StartAsync(new ManualClock(SimulatedOkta.NearMinuteEnd));
        var meters = okta.Services.GetRequiredService<IMeterFactory>();
        using var requests = new MetricCollector<long>(meters, OktaTelemetry.Name, OktaTelemetry.Requests);
        using var durations = new MetricCollector<double>(meters, OktaTelemetry.Name, OktaTelemetry.RequestDuration);
        using var retries = new MetricCollector<long>(meters, OktaTelemetry.Name, OktaTelemetry.Retries);
        using var remaining = new MetricCollector<long>(meters, OktaTelemetry.Name, OktaTelemetry.RateLimitRemaining);
        var sessionId = await okta.CreateSessionIdAsync();
        await okta.SetFaultsAsync("""{"errorRate":1,"errorStatus":503}""");

        using (OktaCallObservation.Observe(new RecordingObserver(_ => okta.ClearFaultsAsync())))
        {
            await okta.Client.GetSessionAsync(sessionId, CancellationToken.None);
        }

        await okta.Client.CloseSessionAsync(sessionId, CancellationToken.None);
        // An observable gauge is read when an exporter collects, as here.
        remaining.RecordObservableInstruments();

        Assert.Equal(
            ["getSession 503", "getSession 200", "revokeSession 204"],
            requests.GetMeasurementSnapshot().Select(m => $"{m.Tags[OktaTelemetry.OperationTag]} {m.Tags[OktaTelemetry.StatusCodeTag]}"));
        Assert.Equal(3, durations.GetMeasurementSnapshot().Count);
        var retry = Assert.Single(retries.GetMeasurementSnapshot());
        Assert.Equal(("getSession", "transient"), (retry.Tags[OktaTelemetry.OperationTag], retry.Tags[OktaTelemetry.RetryReasonTag]));
        // The simulator's default limit is 600 a minute; four requests so far, the session's creation included.
        Assert.Equal(596, remaining.LastMeasurement?.Value);
    }

    [Fact]
    public async Task Calls_WithoutAnAnswer_AreMeasuredByErrorType()
    {
        await using var okta = await SimulatedOkta.StartAsync();
        using var requests = new MetricCollector<long>(okta.Services.GetRequiredService<IMeterFactory>(), OktaTelemetry.Name, OktaTelemetry.Requests);
        await okta.SetFaultsAsync("""{"dropRate":1}""");

        await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.RefreshSessionAsync("102NoSuchSession0000000", CancellationToken.None));

        var request = Assert.Single(requests.GetMeasurementSnapshot());
        Assert.Equal(("refreshSession", "transport"), (request.Tags[OktaTelemetry.OperationTag], request.Tags[OktaTelemetry.ErrorTypeTag]));
        Assert.False(request.Tags.ContainsKey(OktaTelemetry.StatusCodeTag));
    }

    [Fact]
    public async Task GetSessionAsync_Retried_IsOneClientSpanWithARetryEventAndNoSessionId()
    {
        await using var okta = await SimulatedOkta.StartAsync();
        var sessionId = await okta.CreateSessionIdAsync();
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == OktaTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await okta.SetFaultsAsync("""{"errorRate":1,"errorStatus":503}""");
        // Other tests run spans of their own in parallel; this test's span is the child of this trace.
        using var parent = new Activity("test").Start();

        using (OktaCallObservation.Observe(new RecordingObserver(_ => okta.ClearFaultsAsync())))
        {
            await okta.Client.GetSessionAsync(sessionId, CancellationToken.None);
        }

        var span = Assert.Single(spans, s => s.TraceId == parent.TraceId);
        Assert.Equal("okta getSession", span.OperationName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal(200, span.GetTagItem(OktaTelemetry.StatusCodeTag));
        var retry = Assert.Single(span.Events);
        Assert.Equal(("okta.retry", "transient"), (retry.Name, retry.Tags.First(t => t.Key == OktaTelemetry.RetryReasonTag).Value));
        Assert.DoesNotContain(sessionId, string.Join(' ', span.TagObjects.Select(t => $"{t.Key}={t.Value}")), StringComparison.Ordinal);
    }
}
