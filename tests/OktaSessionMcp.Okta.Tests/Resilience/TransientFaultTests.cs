using OktaSessionMcp.Okta.Tests.TestHost;

namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>
/// Transient faults against the simulator: get and close are retried, create and refresh are sent once; every fault
/// ends in a clear error, and the next call after it is answered normally.
/// </summary>
public sealed class TransientFaultTests : IAsyncLifetime
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
        using (OktaRetryObservation.Observe(observer))
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
        await AssertAnswersNextCallAsync();
    }

    [Fact]
    public async Task CreateSessionAsync_ServiceUnavailable_IsSentExactlyOnce()
    {
        await okta.SetFaultsAsync("""{"errorRate":1,"errorStatus":503}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.CreateSessionAsync(okta.MintSessionToken(), CancellationToken.None));

        Assert.Equal((OktaFailureKind.Api, 503), (failure.Kind, failure.StatusCode));
        var request = Assert.Single(await okta.RequestsAsync());
        Assert.Equal(("POST", 503), (request.Method, request.Status));
        await AssertAnswersNextCallAsync();
    }

    [Fact]
    public async Task RefreshSessionAsync_ServiceUnavailable_IsSentExactlyOnce()
    {
        await okta.SetFaultsAsync("""{"errorRate":1,"errorStatus":503}""");

        await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.RefreshSessionAsync(sessionId, CancellationToken.None));

        Assert.Single(await okta.RequestsAsync());
        await AssertAnswersNextCallAsync();
    }

    [Fact]
    public async Task GetSessionAsync_ConnectionDroppedOnce_IsRetriedAndSucceeds()
    {
        await okta.SetFaultsAsync("""{"dropRate":1}""");
        var observer = new RecordingObserver(_ => okta.ClearFaultsAsync());

        OktaSession session;
        using (OktaRetryObservation.Observe(observer))
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
        await AssertAnswersNextCallAsync();
    }

    [Fact]
    public async Task RefreshSessionAsync_ConnectionDropped_IsSentOnceAndFailsAsTransport()
    {
        await okta.SetFaultsAsync("""{"dropRate":1}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.RefreshSessionAsync(sessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Transport, failure.Kind);
        Assert.Equal(0, Assert.Single(await okta.RequestsAsync()).Status);
        await AssertAnswersNextCallAsync();
    }

    [Fact]
    public async Task GetSessionAsync_HtmlInsteadOfJson_FailsAsInvalidResponseWithoutRetry()
    {
        await okta.SetFaultsAsync("""{"malformedRate":1}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.GetSessionAsync(sessionId, CancellationToken.None));

        Assert.Equal((OktaFailureKind.InvalidResponse, 200), (failure.Kind, failure.StatusCode));
        Assert.Contains("text/html", failure.Message, StringComparison.Ordinal);
        Assert.Single(await okta.RequestsAsync());
        await AssertAnswersNextCallAsync();
    }

    private Task AssertAnswersNextCallAsync() => AssertAnswersNextCallAsync(okta, sessionId);

    /// <summary>With the fault lifted, the same client answers at once, with no retry left over.</summary>
    internal static async Task AssertAnswersNextCallAsync(SimulatedOkta okta, string sessionId)
    {
        await okta.ClearFaultsAsync();
        await okta.ClearRequestsAsync();

        var session = await okta.Client.GetSessionAsync(sessionId, CancellationToken.None);

        Assert.Equal(sessionId, session.Id);
        var request = Assert.Single(await okta.RequestsAsync());
        Assert.Equal((200, null, null), (request.Status, request.RetryFor, request.RetryCount));
    }
}
