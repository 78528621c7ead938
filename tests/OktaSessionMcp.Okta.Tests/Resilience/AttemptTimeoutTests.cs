using OktaSessionMcp.Okta.Tests.TestHost;

namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>Okta slower than the attempt timeout: a clear timeout error, after three attempts for get, one for create.</summary>
public sealed class AttemptTimeoutTests : IAsyncLifetime
{
    private SimulatedOkta okta = null!;
    private string sessionId = null!;

    public async Task InitializeAsync()
    {
        // Short attempts on the real clock; the simulator holds each request far longer.
        okta = await SimulatedOkta.StartAsync(configure: options => options.AttemptTimeout = TimeSpan.FromMilliseconds(500));
        sessionId = await okta.CreateSessionIdAsync();
        await okta.ClearRequestsAsync();
        await okta.SetFaultsAsync("""{"latencyMs":600000}""");
    }

    public async Task DisposeAsync() => await okta.DisposeAsync();

    [Fact]
    public async Task GetSessionAsync_LatencyBeyondAttemptTimeout_FailsAsTimeoutAfterThreeAttempts()
    {
        var failure = await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.GetSessionAsync(sessionId, CancellationToken.None));

        // Each attempt hit its own limit, well inside the 30 s budget of the call.
        Assert.Equal(OktaFailureKind.Timeout, failure.Kind);
        Assert.Equal("Okta did not answer getSession within 0.5 s on any of 3 attempts.", failure.Message);
        Assert.Equal(3, (await okta.RequestsAsync()).Count);
        await okta.AssertAnswersNextCallAsync(sessionId);
    }

    [Fact]
    public async Task CreateSessionAsync_LatencyBeyondAttemptTimeout_FailsAsTimeoutAfterOneAttempt()
    {
        var failure = await Assert.ThrowsAsync<OktaApiException>(() => okta.Client.CreateSessionAsync(okta.MintSessionToken(), CancellationToken.None));

        Assert.Equal("Okta did not answer createSession within 0.5 s.", failure.Message);
        Assert.Single(await okta.RequestsAsync());
        await okta.AssertAnswersNextCallAsync(sessionId);
    }
}
