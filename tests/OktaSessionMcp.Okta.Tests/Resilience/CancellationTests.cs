namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>A caller's token cancels the request to Okta itself, not just the wait for it.</summary>
public sealed class CancellationTests
{
    private static readonly TimeSpan Latency = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task GetSessionAsync_CallerCancelsWhileOktaIsSlow_AbortsTheRequestAtOkta()
    {
        // Only the simulator's clock is fake: its latency never ends by itself, while the client's timeouts stay real (10 s).
        var simulatorClock = new ManualClock(SimulatedOkta.NearMinuteEnd);
        await using var okta = await SimulatedOkta.StartAsync(simulatorClock);
        var sessionId = await okta.NewSessionUnderFaultsAsync("""{"latencyMs":600000}""");
        using var cancellation = new CancellationTokenSource();
        var abortedAtOkta = simulatorClock.CancelledAsync(Latency);

        var call = okta.Client.GetSessionAsync(sessionId, cancellation.Token);
        await simulatorClock.ScheduledAsync(Latency);
        await cancellation.CancelAsync();

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cancellation.Token, cancelled.CancellationToken);
        // The simulator's latency ends early only when the client's connection goes away.
        await abortedAtOkta;
        var request = Assert.Single(await okta.RequestsAsync());
        Assert.Equal(0, request.Status);
        await okta.AssertAnswersNextCallAsync(sessionId);
    }

    [Fact]
    public async Task GetSessionAsync_CallerCancelsDuringRateLimitWait_StopsWithoutRetrying()
    {
        var clock = new ManualClock(SimulatedOkta.NearMinuteEnd);
        await using var okta = await SimulatedOkta.StartAsync(clock, clock);
        var sessionId = await okta.NewSessionUnderFaultsAsync("""{"rateLimitPerMinute":1}""");
        using var cancellation = new CancellationTokenSource();

        var call = okta.Client.GetSessionAsync(sessionId, cancellation.Token);
        await clock.ScheduledAsync(TimeSpan.FromSeconds(6));
        await cancellation.CancelAsync();

        // The call ends at once, with its wait abandoned: no retry can follow.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal([429], (await okta.RequestsAsync()).Select(r => r.Status));
    }
}
