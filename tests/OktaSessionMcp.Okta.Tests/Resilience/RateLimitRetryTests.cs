namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>429 against the simulator, on one fake clock for Okta and the client: the wait is Okta's, not a sleep.</summary>
public sealed class RateLimitRetryTests
{
    private static readonly TimeSpan SixSeconds = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task GetSessionAsync_RateLimitedWithinCap_WaitsUntilResetThenSucceedsWithRetryHeadersAndEveryObserverHears()
    {
        var clock = new ManualClock(SimulatedOkta.NearMinuteEnd);
        await using var okta = await SimulatedOkta.StartAsync(clock, clock);
        // The session's creation spends this minute's only request.
        var sessionId = await okta.NewSessionUnderFaultsAsync("""{"rateLimitPerMinute":1}""");
        var observer = new RecordingObserver();
        var outer = new RecordingObserver();

        Task<OktaSession> call;
        using (OktaCallObservation.Observe(outer))
        using (OktaCallObservation.Observe(observer))
        {
            call = okta.Client.GetSessionAsync(sessionId, CancellationToken.None);
        }

        // Reset (10:01:00) minus Date (10:00:55) plus one second.
        await clock.ScheduledAsync(SixSeconds);
        Assert.False(call.IsCompleted);
        clock.Advance(SixSeconds);
        var session = await call;

        Assert.Equal(sessionId, session.Id);
        var requests = await okta.RequestsAsync();
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.Equal((null, null), (requests[0].RetryFor, requests[0].RetryCount));
        Assert.Equal((requests[0].RequestId, "1"), (requests[1].RetryFor, requests[1].RetryCount));
        var notice = Assert.Single(observer.Notices);
        Assert.Equal(
            new OktaRetryNotice(OktaOperations.GetSession, OktaRetryReason.RateLimited, 1, 2, SixSeconds, 429, SimulatedOkta.NearMinuteEnd.AddSeconds(5)),
            notice);
        // Scopes nest: the outer observer hears the same call, and both hear each answer.
        Assert.Equal([notice], outer.Notices);
        Assert.Equal(
            [new OktaAnswer(OktaOperations.GetSession, 429, requests[0].RequestId), new OktaAnswer(OktaOperations.GetSession, 200, requests[1].RequestId)],
            observer.Answers);
        Assert.Equal(observer.Answers, outer.Answers);
    }

    [Fact]
    public async Task CreateSessionAsync_RateLimitedThrice_RetriesTwiceThenFailsAndTheTokenStaysUnused()
    {
        var clock = new ManualClock(SimulatedOkta.NearMinuteEnd);
        await using var okta = await SimulatedOkta.StartAsync(clock, clock, options =>
        {
            // Room for a whole minute's wait, so that only the retry limit can stop the third attempt.
            options.MaxRateLimitWait = TimeSpan.FromSeconds(61);
            options.TotalTimeout = TimeSpan.FromMinutes(5);
        });
        await okta.SetFaultsAsync("""{"errorRate":1,"errorStatus":429}""");
        var token = okta.MintSessionToken();

        var call = okta.Client.CreateSessionAsync(token, CancellationToken.None);
        await clock.ScheduledAsync(SixSeconds);
        clock.Advance(SixSeconds);
        // Now 10:01:01; the next window resets at 10:02:00.
        await clock.ScheduledAsync(TimeSpan.FromSeconds(60));
        clock.Advance(TimeSpan.FromSeconds(60));
        var failure = await Assert.ThrowsAsync<OktaApiException>(() => call);

        Assert.Equal((OktaFailureKind.RateLimited, 429), (failure.Kind, failure.StatusCode));
        Assert.Equal(SimulatedOkta.NearMinuteEnd.AddSeconds(125), failure.RateLimitResetsAt);
        var requests = await okta.RequestsAsync();
        Assert.Equal([null, "1", "2"], requests.Select(r => r.RetryCount));
        Assert.Equal([null, requests[0].RequestId, requests[1].RequestId], requests.Select(r => r.RetryFor));
        // A 429 is refused before Okta processes it: the one-time token still works.
        await okta.ClearFaultsAsync();
        Assert.NotNull((await okta.Client.CreateSessionAsync(token, CancellationToken.None)).Id);
    }

    [Fact]
    public async Task GetSessionAsync_ResetBeyondCap_FailsAtOnceNamingTheResetTime()
    {
        var minuteStart = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        var clock = new ManualClock(minuteStart);
        await using var okta = await SimulatedOkta.StartAsync(clock, clock);
        var sessionId = await okta.NewSessionUnderFaultsAsync("""{"rateLimitPerMinute":1}""");

        // The clock never moves: a call that waited for the reset (61 s away) would never return, and would fail the
        // liveness guard instead.
        var failure = await Assert.ThrowsAsync<OktaApiException>(
            () => okta.Client.GetSessionAsync(sessionId, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(OktaFailureKind.RateLimited, failure.Kind);
        Assert.Equal(minuteStart.AddMinutes(1), failure.RateLimitResetsAt);
        Assert.Contains("it resets at 2026-11-22T10:01:00", failure.Message, StringComparison.Ordinal);
        Assert.Single(await okta.RequestsAsync());
        // The next call, once the window has passed, is answered normally.
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(sessionId, (await okta.Client.GetSessionAsync(sessionId, CancellationToken.None)).Id);
    }
}
