namespace OktaSessionMcp.Simulator.Tests;

public sealed class RateLimitTests
{
    private const string AnySession = "/api/v1/sessions/102Whatever0000000000000";

    [Fact]
    public async Task Sessions_OverLimit_Returns429WithRateLimitHeaders()
    {
        await using var sim = await SimulatorHarness.StartAsync(options => options.RateLimitPerMinute = 2);
        var reset = OktaAssert.EpochText(SimulatorHarness.Start.AddMinutes(1));

        using var first = await sim.SendAsync(HttpMethod.Get, AnySession);
        using var second = await sim.SendAsync(HttpMethod.Get, AnySession);
        using var third = await sim.SendAsync(HttpMethod.Get, AnySession);

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(("2", "1", reset), RateHeaders(first));
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(("2", "0", reset), RateHeaders(second));
        await OktaAssert.ErrorAsync(third, HttpStatusCode.TooManyRequests, "E0000047", "API call exceeded rate limit due to too many requests.");
        Assert.Equal(("2", "0", reset), RateHeaders(third));
        Assert.Equal(SimulatorHarness.Start, third.Headers.Date);
    }

    [Fact]
    public async Task Sessions_NextWindow_AllowsAgainWithNewReset()
    {
        await using var sim = await SimulatorHarness.StartAsync(options => options.RateLimitPerMinute = 1);
        using var allowed = await sim.SendAsync(HttpMethod.Get, AnySession);
        sim.Clock.Advance(TimeSpan.FromSeconds(59));
        using var refused = await sim.SendAsync(HttpMethod.Get, AnySession);
        sim.Clock.Advance(TimeSpan.FromSeconds(1));

        using var again = await sim.SendAsync(HttpMethod.Get, AnySession);

        Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var nextReset = OktaAssert.EpochText(SimulatorHarness.Start.AddMinutes(2));
        Assert.Equal(("1", "0", nextReset), RateHeaders(again));
    }

    [Fact]
    public async Task Authn_DoesNotCountAgainstSessionsLimit()
    {
        await using var sim = await SimulatorHarness.StartAsync(options => options.RateLimitPerMinute = 1);
        for (var i = 0; i < 3; i++)
        {
            using var authn = await sim.SendAsync(HttpMethod.Post, "/api/v1/authn", """{"username":"alice@example.com","password":"Passw0rd!alice"}""");
            Assert.Equal(HttpStatusCode.OK, authn.StatusCode);
        }

        using var session = await sim.SendAsync(HttpMethod.Get, AnySession);

        Assert.Equal(HttpStatusCode.NotFound, session.StatusCode);
    }

    [Fact]
    public async Task Sessions_ZeroLimit_NeverRefuses()
    {
        await using var sim = await SimulatorHarness.StartAsync(options => options.RateLimitPerMinute = 0);
        for (var i = 0; i < 5; i++)
        {
            using var response = await sim.SendAsync(HttpMethod.Get, AnySession);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), RateHeaders(response).Limit);
        }
    }

    [Fact]
    public async Task FaultRateLimit_OverridesConfiguredLimitUntilFaultsReset()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.SetFaultsAsync("""{"rateLimitPerMinute":1}""");
        using var allowed = await sim.SendAsync(HttpMethod.Get, AnySession);
        using var refused = await sim.SendAsync(HttpMethod.Get, AnySession);
        using var reset = await sim.Http.DeleteAsync(new Uri("/__sim/faults", UriKind.Relative));

        using var afterReset = await sim.SendAsync(HttpMethod.Get, AnySession);

        Assert.Equal(("1", "0"), (RateHeaders(allowed).Limit, RateHeaders(allowed).Remaining));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterReset.StatusCode);
        Assert.Equal(("600", "597"), (RateHeaders(afterReset).Limit, RateHeaders(afterReset).Remaining));
    }

    private static (string Limit, string Remaining, string Reset) RateHeaders(HttpResponseMessage response) =>
        (OktaAssert.Header(response, "X-Rate-Limit-Limit"),
         OktaAssert.Header(response, "X-Rate-Limit-Remaining"),
         OktaAssert.Header(response, "X-Rate-Limit-Reset"));
}
