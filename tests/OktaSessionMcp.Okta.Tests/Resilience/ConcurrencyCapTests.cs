using Microsoft.Extensions.DependencyInjection;

namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>The cap on requests in flight to Okta: callers beyond it wait their turn within their budget.</summary>
public sealed class ConcurrencyCapTests
{
    [Fact]
    public async Task GetSessionAsync_MoreCallersThanTheCap_QueueAndAllSucceedWithNeverMoreInFlight()
    {
        using var okta = new GatedHandler();
        using var services = okta.BuildServices(options => options.MaxConcurrentRequests = 2);
        var client = services.GetRequiredService<IOktaSessionClient>();

        var calls = Enumerable.Range(0, 5).Select(_ => client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None)).ToList();
        await okta.ArrivedAsync(2);

        // Two are with Okta; three wait for a slot instead of failing.
        Assert.Equal(2, okta.Arrived);
        Assert.DoesNotContain(calls, call => call.IsCompleted);
        okta.Open();
        var sessions = await Task.WhenAll(calls);

        Assert.All(sessions, session => Assert.Equal(OktaTestHost.SessionId, session.Id));
        Assert.Equal((5, 2), (okta.Arrived, okta.MaxInFlight));
    }

    [Fact]
    public async Task RefreshSessionAsync_NoSlotWithinTheBudget_FailsAsTimeoutThatNamesTheCap()
    {
        using var okta = new GatedHandler();
        using var services = okta.BuildServices(options =>
        {
            options.MaxConcurrentRequests = 1;
            options.TotalTimeout = options.AttemptTimeout = TimeSpan.FromMilliseconds(100);
        });
        var client = services.GetRequiredService<IOktaSessionClient>();
        var holder = client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        await okta.ArrivedAsync(1);

        // The first request is on the wire and does not give its slot back before the gate opens.
        var failure = await Assert.ThrowsAsync<OktaApiException>(() => client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Timeout, failure.Kind);
        Assert.Equal(
            "The call to Okta for refreshSession could not start within its time budget of 0.1 s: the cap of 1 requests in flight to Okta at once was reached the whole time.",
            failure.Message);
        Assert.Equal(1, okta.Arrived);
        okta.Open();
        // Whatever the holder's outcome, it must end before its handler is disposed.
        await Record.ExceptionAsync(() => holder);
    }
}
