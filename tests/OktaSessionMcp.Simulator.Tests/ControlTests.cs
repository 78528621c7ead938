namespace OktaSessionMcp.Simulator.Tests;

public sealed class ControlTests
{
    [Fact]
    public async Task Health_Returns200()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.Http.GetAsync(new Uri("/__sim/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SessionTokens_KnownLogin_ReturnsRedeemableToken()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendWithAuthorizationAsync(HttpMethod.Post, "/__sim/session-tokens", null, """{"login":"bob@example.com"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await SimulatorHarness.JsonAsync(response);
        Assert.Equal(sim.Simulator.Users[1].Id, body.GetProperty("userId").GetString());
        Assert.Equal("2026-11-22T10:05:00.000Z", body.GetProperty("expiresAt").GetString());
        using var create = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", $$"""{"sessionToken":"{{body.GetProperty("sessionToken").GetString()}}"}""");
        Assert.Equal("bob@example.com", (await SimulatorHarness.JsonAsync(create)).GetProperty("login").GetString());
    }

    [Fact]
    public async Task SessionTokens_UnknownLogin_Returns404()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendWithAuthorizationAsync(HttpMethod.Post, "/__sim/session-tokens", null, """{"login":"mallory@example.com"}""");

        await OktaAssert.ErrorAsync(response, HttpStatusCode.NotFound, "E0000007", "Not found: Resource not found: mallory@example.com (User)");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("nope")]
    [InlineData("""{"login":7}""")]
    public async Task SessionTokens_BadBody_Returns400(string json)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendWithAuthorizationAsync(HttpMethod.Post, "/__sim/session-tokens", null, json);

        await OktaAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "E0000003");
    }

    [Fact]
    public async Task MintSessionToken_KnownLogin_IssuesOneTimeToken()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var body = $$"""{"sessionToken":"{{sim.Simulator.MintSessionToken("carol@example.com")}}"}""";

        using var first = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", body);
        using var second = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", body);

        Assert.Equal("carol@example.com", (await SimulatorHarness.JsonAsync(first)).GetProperty("login").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
    }

    [Fact]
    public async Task MintSessionToken_UnknownLogin_ThrowsArgumentException()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        var error = Assert.Throws<ArgumentException>(() => sim.Simulator.MintSessionToken("mallory@example.com"));

        Assert.Equal("login", error.ParamName);
    }
}
