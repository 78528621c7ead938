using OktaSessionMcp.Okta.Tests.TestHost;

namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>Faults that are never retried: create and refresh are sent once, and an unusable answer is not asked again; each ends in a clear error and the next call works.</summary>
public sealed class SentOnceFaultTests : IAsyncLifetime
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
    public async Task CreateSessionAsync_ServiceUnavailable_IsSentExactlyOnce()
    {
        await okta.SetFaultsAsync("""{"errorRate":1,"errorStatus":503}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.CreateSessionAsync(okta.MintSessionToken(), CancellationToken.None));

        Assert.Equal((OktaFailureKind.Api, 503), (failure.Kind, failure.StatusCode));
        var request = Assert.Single(await okta.RequestsAsync());
        Assert.Equal(("POST", 503), (request.Method, request.Status));
        await okta.AssertAnswersNextCallAsync(sessionId);
    }

    [Fact]
    public async Task RefreshSessionAsync_ServiceUnavailable_IsSentExactlyOnce()
    {
        await okta.SetFaultsAsync("""{"errorRate":1,"errorStatus":503}""");

        await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.RefreshSessionAsync(sessionId, CancellationToken.None));

        Assert.Single(await okta.RequestsAsync());
        await okta.AssertAnswersNextCallAsync(sessionId);
    }

    [Fact]
    public async Task RefreshSessionAsync_ConnectionDropped_IsSentOnceAndFailsAsTransport()
    {
        await okta.SetFaultsAsync("""{"dropRate":1}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.RefreshSessionAsync(sessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Transport, failure.Kind);
        Assert.Equal(0, Assert.Single(await okta.RequestsAsync()).Status);
        await okta.AssertAnswersNextCallAsync(sessionId);
    }

    [Fact]
    public async Task GetSessionAsync_HtmlInsteadOfJson_FailsAsInvalidResponseWithoutRetry()
    {
        await okta.SetFaultsAsync("""{"malformedRate":1}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.GetSessionAsync(sessionId, CancellationToken.None));

        Assert.Equal((OktaFailureKind.InvalidResponse, 200), (failure.Kind, failure.StatusCode));
        Assert.Contains("text/html", failure.Message, StringComparison.Ordinal);
        Assert.Single(await okta.RequestsAsync());
        await okta.AssertAnswersNextCallAsync(sessionId);
    }
}
