namespace OktaSessionMcp.Simulator.Tests;

/// <summary>What the simulator answers, as Okta does, to a request it cannot route or read: a wrong method, an unknown path, a body that is not well-formed.</summary>
public sealed class RoutingTests
{
    [Theory]
    [InlineData("GET", "/api/v1/sessions", "POST")]
    [InlineData("PUT", "/api/v1/sessions", "POST")]
    [InlineData("POST", "/api/v1/sessions/102abc", "GET, DELETE")]
    [InlineData("PATCH", "/api/v1/sessions/102abc", "GET, DELETE")]
    [InlineData("GET", "/api/v1/sessions/102abc/lifecycle/refresh", "POST")]
    [InlineData("GET", "/api/v1/authn", "POST")]
    [InlineData("GET", "/api/v1/users/00u1alice2sim3demo4x/sessions", "DELETE")]
    [InlineData("PUT", "/__sim/faults", "GET, POST, DELETE")]
    [InlineData("POST", "/__sim/requests", "GET, DELETE")]
    [InlineData("GET", "/__sim/session-tokens", "POST")]
    [InlineData("DELETE", "/__sim/health", "GET")]
    public async Task WrongMethod_OnKnownPath_Returns405WithAllow(string method, string path, string allow)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendAsync(new HttpMethod(method), path);

        await OktaAssert.ErrorAsync(response, HttpStatusCode.MethodNotAllowed, "E0000022", "The endpoint does not support the provided HTTP method");
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("/nothing-here")]
    [InlineData("/api/v1/users")]
    [InlineData("/api/v1/sessions/102abc/unknown")]
    [InlineData("/__sim/unknown")]
    public async Task UnknownPath_Returns404NotFound(string path)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendAsync(HttpMethod.Get, path);

        await OktaAssert.ErrorAsync(response, HttpStatusCode.NotFound, "E0000007", $"Not found: Resource not found: {path} (Endpoint)");
    }

    [Theory]
    [InlineData("/api/v1/authn", "not json")]
    [InlineData("/api/v1/authn", "")]
    [InlineData("/api/v1/authn", "null")]
    [InlineData("/api/v1/authn", """["alice@example.com"]""")]
    [InlineData("/api/v1/sessions", "not json")]
    [InlineData("/api/v1/sessions", "")]
    [InlineData("/api/v1/sessions", "null")]
    [InlineData("/api/v1/sessions", "[]")]
    [InlineData("/api/v1/sessions", """{"sessionToken":42}""")]
    [InlineData("/api/v1/sessions", """{"sessionToken":"abc" """)]
    public async Task Post_BodyNotWellFormed_Returns400E0000003(string path, string json)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendAsync(HttpMethod.Post, path, json);

        await OktaAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "E0000003", "The request body was not well-formed.");
    }
}
