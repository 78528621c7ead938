namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>Okta slower than the attempt timeout: a clear timeout error, after three attempts for get, one for create.</summary>
public sealed class AttemptTimeoutTests() : SimulatedSessionTests(
    // Short attempts on the real clock; the simulator holds each request far longer.
    faults: """{"latencyMs":600000}""",
    configure: options => options.AttemptTimeout = TimeSpan.FromMilliseconds(500))
{
    [Fact]
    public async Task GetSessionAsync_LatencyBeyondAttemptTimeout_FailsAsTimeoutAfterThreeAttempts()
    {
        var failure = await Assert.ThrowsAsync<OktaApiException>(() => Okta.Client.GetSessionAsync(SessionId, CancellationToken.None));

        // Each attempt hit its own limit, well inside the 30 s budget of the call.
        Assert.Equal(OktaFailureKind.Timeout, failure.Kind);
        Assert.Equal("Okta did not answer getSession within 0.5 s on any of 3 attempts.", failure.Message);
        Assert.Equal(3, (await Okta.RequestsAsync()).Count);
        await Okta.AssertAnswersNextCallAsync(SessionId);
    }

    [Fact]
    public async Task CreateSessionAsync_LatencyBeyondAttemptTimeout_FailsAsTimeoutAfterOneAttempt()
    {
        var failure = await Assert.ThrowsAsync<OktaApiException>(() => Okta.Client.CreateSessionAsync(Okta.MintSessionToken(), CancellationToken.None));

        Assert.Equal("Okta did not answer createSession within 0.5 s.", failure.Message);
        Assert.Single(await Okta.RequestsAsync());
        await Okta.AssertAnswersNextCallAsync(SessionId);
    }
}
