using OktaSessionMcp.Okta.Tests.TestHost;

namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>Transient faults of get and close against the simulator: retried with backoff, at most twice, with the retry headers.</summary>
public sealed class TransientRetryTests : IAsyncLifetime
{
    private SimulatedOkta okta = null!;
    private string sessionId = null!;

    public async Task InitializeAsync()
    {
        okta = await SimulatedOkta.StartAsync();
        sessionId = await okta.CreateSessionIdAsync();
        await okta.ClearRequestsAsync();
    }

    public async Task DisposeAsync() => await okta.DisposeAsync();

    [Fact]
    public async Task GetSessionAsync_ServiceUnavailableOnce_IsRetriedAndSucceeds()
    {
        await okta.SetFaultsAsync("""{"errorRate":1,"errorStatus":503}""");
        // The fault lifts while the client waits to retry, as a real outage would.
        var observer = new RecordingObserver(_ => okta.ClearFaultsAsync());

        OktaSession session;
        using (OktaCallObservation.Observe(observer))
        {
            session = await okta.Client.GetSessionAsync(sessionId, CancellationToken.None);
        }

        Assert.Equal(sessionId, session.Id);
        var requests = await okta.RequestsAsync();
        Assert.Equal([503, 200], requests.Select(r => r.Status));
        Assert.Equal((requests[0].RequestId, "1"), (requests[1].RetryFor, requests[1].RetryCount));
        var notice = Assert.Single(observer.Notices);
        Assert.Equal((OktaRetryReason.Transient, 1, 503), (notice.Reason, notice.Retry, notice.StatusCode));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task CloseSessionAsync_GatewayErrorEveryTime_TriesThreeTimesThenFailsWithTheStatus(int status)
    {
        await okta.SetFaultsAsync($$"""{"errorRate":1,"errorStatus":{{status}}}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.CloseSessionAsync(sessionId, CancellationToken.None));

        Assert.Equal((OktaFailureKind.Api, status), (failure.Kind, failure.StatusCode));
        Assert.Equal([null, "1", "2"], (await okta.RequestsAsync()).Select(r => r.RetryCount));
        await okta.AssertAnswersNextCallAsync(sessionId);
    }

    [Fact]
    public async Task GetSessionAsync_ConnectionDroppedOnce_IsRetriedAndSucceeds()
    {
        await okta.SetFaultsAsync("""{"dropRate":1}""");
        var observer = new RecordingObserver(_ => okta.ClearFaultsAsync());

        OktaSession session;
        using (OktaCallObservation.Observe(observer))
        {
            session = await okta.Client.GetSessionAsync(sessionId, CancellationToken.None);
        }

        Assert.Equal(sessionId, session.Id);
        Assert.Equal([0, 200], (await okta.RequestsAsync()).Select(r => r.Status));
        Assert.Null(Assert.Single(observer.Notices).StatusCode);
    }

    [Fact]
    public async Task GetSessionAsync_ConnectionAlwaysDropped_FailsAsTransportAfterThreeAttempts()
    {
        await okta.SetFaultsAsync("""{"dropRate":1}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.GetSessionAsync(sessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Transport, failure.Kind);
        Assert.StartsWith("Could not reach Okta for getSession", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await okta.RequestsAsync()).Count);
        await okta.AssertAnswersNextCallAsync(sessionId);
    }
}
