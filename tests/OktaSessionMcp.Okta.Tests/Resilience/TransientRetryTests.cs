namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>Transient faults of get and close against the simulator: retried with backoff, at most twice, with the retry headers.</summary>
public sealed class TransientRetryTests : SimulatedSessionTests
{
    [Fact]
    public async Task GetSessionAsync_ServiceUnavailableOnce_IsRetriedAndSucceeds()
    {
        await Okta.SetFaultsAsync("""{"errorRate":1,"errorStatus":503}""");
        // The fault lifts while the client waits to retry, as a real outage would.
        var observer = new RecordingObserver(_ => Okta.ClearFaultsAsync());

        OktaSession session;
        using (OktaCallObservation.Observe(observer))
        {
            session = await Okta.Client.GetSessionAsync(SessionId, CancellationToken.None);
        }

        Assert.Equal(SessionId, session.Id);
        var requests = await Okta.RequestsAsync();
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
        await Okta.SetFaultsAsync($$"""{"errorRate":1,"errorStatus":{{status}}}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => Okta.Client.CloseSessionAsync(SessionId, CancellationToken.None));

        Assert.Equal((OktaFailureKind.Api, status), (failure.Kind, failure.StatusCode));
        Assert.Equal([null, "1", "2"], (await Okta.RequestsAsync()).Select(r => r.RetryCount));
        await Okta.AssertAnswersNextCallAsync(SessionId);
    }

    [Fact]
    public async Task GetSessionAsync_ConnectionDroppedOnce_IsRetriedAndSucceeds()
    {
        await Okta.SetFaultsAsync("""{"dropRate":1}""");
        var observer = new RecordingObserver(_ => Okta.ClearFaultsAsync());

        OktaSession session;
        using (OktaCallObservation.Observe(observer))
        {
            session = await Okta.Client.GetSessionAsync(SessionId, CancellationToken.None);
        }

        Assert.Equal(SessionId, session.Id);
        Assert.Equal([0, 200], (await Okta.RequestsAsync()).Select(r => r.Status));
        Assert.Null(Assert.Single(observer.Notices).StatusCode);
    }

    [Fact]
    public async Task GetSessionAsync_ConnectionAlwaysDropped_FailsAsTransportAfterThreeAttempts()
    {
        await Okta.SetFaultsAsync("""{"dropRate":1}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => Okta.Client.GetSessionAsync(SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Transport, failure.Kind);
        Assert.StartsWith("Could not reach Okta for getSession", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await Okta.RequestsAsync()).Count);
        await Okta.AssertAnswersNextCallAsync(SessionId);
    }
}
