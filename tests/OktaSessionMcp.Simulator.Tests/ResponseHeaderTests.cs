namespace OktaSessionMcp.Simulator.Tests;

public sealed class ResponseHeaderTests
{
    public static TheoryData<string, string, string?, string?> Requests => new()
    {
        { "POST", "/api/v1/authn", null, """{"username":"alice@example.com","password":"Passw0rd!alice"}""" },
        { "POST", "/api/v1/authn", null, """{"username":"alice@example.com","password":"no"}""" },
        { "GET", "/api/v1/sessions/x", "SSWS sim-api-key-not-secret", null },
        { "GET", "/api/v1/sessions/x", null, null },
        { "PUT", "/api/v1/sessions/x", "SSWS sim-api-key-not-secret", null },
        { "DELETE", "/__sim/requests", null, null },
        { "GET", "/__sim/health", null, null },
        { "GET", "/nothing-here", null, null },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task AnyResponse_CarriesOktaHeadersOnTheSimulatorClock(string method, string path, string? authorization, string? json)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        sim.Clock.Advance(TimeSpan.FromSeconds(90));

        using var response = await sim.SendWithAuthorizationAsync(new HttpMethod(method), path, authorization, json);

        Assert.Matches("^req[A-Za-z0-9]{20}$", OktaAssert.Header(response, "X-Okta-Request-Id"));
        Assert.Equal(SimulatorHarness.Start.AddSeconds(90), response.Headers.Date);
        Assert.Equal("Sun, 22 Nov 2026 10:01:30 GMT", Assert.Single(response.Headers.GetValues("Date")));
        Assert.Matches("^[0-9]+$", OktaAssert.Header(response, "X-Rate-Limit-Limit"));
        Assert.Matches("^[0-9]+$", OktaAssert.Header(response, "X-Rate-Limit-Remaining"));
        // The window that 10:01:30 falls in ends at 10:02:00.
        Assert.Equal(OktaAssert.EpochText(SimulatorHarness.Start.AddMinutes(2)), OktaAssert.Header(response, "X-Rate-Limit-Reset"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task RequestIds_DifferPerResponse()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var ids = new HashSet<string>();

        for (var i = 0; i < 5; i++)
        {
            using var response = await sim.Http.GetAsync(new Uri("/__sim/health", UriKind.Relative));
            ids.Add(OktaAssert.Header(response, "X-Okta-Request-Id"));
        }

        Assert.Equal(5, ids.Count);
    }

    [Fact]
    public async Task Session_ContentTypeIsJsonUtf8()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var token = await sim.MintTokenAsync();

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", $$"""{"sessionToken":"{{token}}"}""");

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }
}
