namespace OktaSessionMcp.Simulator.Tests;

public sealed class SessionCreateTests
{
    [Fact]
    public async Task Create_ValidToken_ReturnsActiveOktaSession()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var origin = sim.Simulator.BaseUrl.GetLeftPart(UriPartial.Authority);

        var session = await sim.CreateSessionAsync("alice@example.com");

        var id = session.GetProperty("id").GetString();
        Assert.Matches("^102[A-Za-z0-9]{22}$", id);
        Assert.Equal(sim.Simulator.Users[0].Id, session.GetProperty("userId").GetString());
        Assert.Equal("alice@example.com", session.GetProperty("login").GetString());
        Assert.Equal("2026-11-22T10:00:00.000Z", session.GetProperty("createdAt").GetString());
        Assert.Equal("2026-11-22T12:00:00.000Z", session.GetProperty("expiresAt").GetString());
        Assert.Equal("ACTIVE", session.GetProperty("status").GetString());
        Assert.Equal("2026-11-22T10:00:00.000Z", session.GetProperty("lastPasswordVerification").GetString());
        Assert.False(session.TryGetProperty("lastFactorVerification", out _));
        Assert.Equal(["pwd"], session.GetProperty("amr").EnumerateArray().Select(value => value.GetString()));
        Assert.Matches("^00o[A-Za-z0-9]{17}$", session.GetProperty("idp").GetProperty("id").GetString());
        Assert.Equal("OKTA", session.GetProperty("idp").GetProperty("type").GetString());
        var links = session.GetProperty("_links");
        AssertLink(links.GetProperty("self"), $"{origin}/api/v1/sessions/{id}", "GET", "DELETE");
        AssertLink(links.GetProperty("refresh"), $"{origin}/api/v1/sessions/{id}/lifecycle/refresh", "POST");
        AssertLink(links.GetProperty("user"), $"{origin}/api/v1/users/{sim.Simulator.Users[0].Id}", "GET");
        Assert.Equal("Alice Anderson", links.GetProperty("user").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Create_TwoTokens_GiveDistinctSessions()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        var first = await sim.CreateSessionAsync();
        var second = await sim.CreateSessionAsync();

        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Create_TokenUsedTwice_SecondReturns401AuthenticationFailed()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var body = $$"""{"sessionToken":"{{await sim.MintTokenAsync()}}"}""";
        using var first = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", body);

        using var second = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var error = await OktaAssert.ErrorAsync(second, HttpStatusCode.Unauthorized, "E0000004", "Authentication failed");
        Assert.Equal(0, error.GetProperty("errorCauses").GetArrayLength());
    }

    [Fact]
    public async Task Create_UnknownToken_Returns401AuthenticationFailed()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", """{"sessionToken":"20111NotATokenThisSimulatorIssued"}""");

        await OktaAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "E0000004", "Authentication failed");
    }

    [Theory]
    [InlineData(299_999, HttpStatusCode.OK)]
    [InlineData(300_000, HttpStatusCode.Unauthorized)]
    [InlineData(3_600_000, HttpStatusCode.Unauthorized)]
    public async Task Create_TokenAge_ExpiresAfterTokenLifetime(int ageMs, HttpStatusCode expected)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var token = await sim.MintTokenAsync();
        sim.Clock.Advance(TimeSpan.FromMilliseconds(ageMs));

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", $$"""{"sessionToken":"{{token}}"}""");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Create_CustomTokenLifetime_IsHonoured()
    {
        await using var sim = await SimulatorHarness.StartAsync(options => options.SessionTokenLifetime = TimeSpan.FromSeconds(30));
        var token = await sim.MintTokenAsync();
        sim.Clock.Advance(TimeSpan.FromSeconds(30));

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", $$"""{"sessionToken":"{{token}}"}""");

        await OktaAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "E0000004");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"sessionToken":""}""")]
    [InlineData("""{"sessionToken":null}""")]
    [InlineData("""{"token":"20111abc"}""")]
    public async Task Create_NoSessionToken_Returns400ValidationFailedWithCause(string json)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", json);

        var error = await OktaAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "E0000001", "Api validation failed: sessionToken");
        var cause = Assert.Single(error.GetProperty("errorCauses").EnumerateArray());
        Assert.Contains("sessionToken", cause.GetProperty("errorSummary").GetString(), StringComparison.Ordinal);
    }

    private static void AssertLink(JsonElement link, string href, params string[] allow)
    {
        Assert.Equal(href, link.GetProperty("href").GetString());
        Assert.Equal(allow, link.GetProperty("hints").GetProperty("allow").EnumerateArray().Select(method => method.GetString()));
    }
}
