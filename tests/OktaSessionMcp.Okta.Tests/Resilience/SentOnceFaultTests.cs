namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>Faults that are never retried: create and refresh are sent once, and an unusable answer is not asked again; each ends in a clear error and the next call works.</summary>
public sealed class SentOnceFaultTests : SimulatedSessionTests
{
    [Fact]
    public async Task CreateSessionAsync_ServiceUnavailable_IsSentExactlyOnce()
    {
        await Okta.SetFaultsAsync("""{"errorRate":1,"errorStatus":503}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => Okta.Client.CreateSessionAsync(Okta.MintSessionToken(), CancellationToken.None));

        Assert.Equal((OktaFailureKind.Api, 503), (failure.Kind, failure.StatusCode));
        var request = Assert.Single(await Okta.RequestsAsync());
        Assert.Equal(("POST", 503), (request.Method, request.Status));
        await Okta.AssertAnswersNextCallAsync(SessionId);
    }

    [Fact]
    public async Task RefreshSessionAsync_ServiceUnavailable_IsSentExactlyOnce()
    {
        await Okta.SetFaultsAsync("""{"errorRate":1,"errorStatus":503}""");

        await Assert.ThrowsAsync<OktaApiException>(() => Okta.Client.RefreshSessionAsync(SessionId, CancellationToken.None));

        Assert.Single(await Okta.RequestsAsync());
        await Okta.AssertAnswersNextCallAsync(SessionId);
    }

    [Fact]
    public async Task RefreshSessionAsync_ConnectionDropped_IsSentOnceAndFailsAsTransport()
    {
        await Okta.SetFaultsAsync("""{"dropRate":1}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => Okta.Client.RefreshSessionAsync(SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Transport, failure.Kind);
        Assert.Equal(0, Assert.Single(await Okta.RequestsAsync()).Status);
        await Okta.AssertAnswersNextCallAsync(SessionId);
    }

    [Fact]
    public async Task GetSessionAsync_HtmlInsteadOfJson_FailsAsInvalidResponseWithoutRetry()
    {
        await Okta.SetFaultsAsync("""{"malformedRate":1}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => Okta.Client.GetSessionAsync(SessionId, CancellationToken.None));

        Assert.Equal((OktaFailureKind.InvalidResponse, 200), (failure.Kind, failure.StatusCode));
        Assert.Contains("text/html", failure.Message, StringComparison.Ordinal);
        Assert.Single(await Okta.RequestsAsync());
        await Okta.AssertAnswersNextCallAsync(SessionId);
    }
}
