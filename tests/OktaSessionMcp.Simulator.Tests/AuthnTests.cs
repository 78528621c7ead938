namespace OktaSessionMcp.Simulator.Tests;

public sealed class AuthnTests
{
    [Fact]
    public async Task Authn_ValidCredentialsWithoutApiKey_ReturnsSuccessWithSessionToken()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendWithAuthorizationAsync(
            HttpMethod.Post, "/api/v1/authn", null, """{"username":"alice@example.com","password":"Passw0rd!alice"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await SimulatorHarness.JsonAsync(response);
        Assert.Equal("SUCCESS", body.GetProperty("status").GetString());
        Assert.Matches("^20111[A-Za-z0-9_-]{40}$", body.GetProperty("sessionToken").GetString());
        Assert.Equal("2026-11-22T10:05:00.000Z", body.GetProperty("expiresAt").GetString());
        var user = body.GetProperty("_embedded").GetProperty("user");
        Assert.Equal(sim.Simulator.Users[0].Id, user.GetProperty("id").GetString());
        Assert.Equal("2026-01-15T09:30:00.000Z", user.GetProperty("passwordChanged").GetString());
        var profile = user.GetProperty("profile");
        Assert.Equal("alice@example.com", profile.GetProperty("login").GetString());
        Assert.Equal("Alice", profile.GetProperty("firstName").GetString());
        Assert.Equal("Anderson", profile.GetProperty("lastName").GetString());
        Assert.Equal("en_US", profile.GetProperty("locale").GetString());
        Assert.Equal("America/Los_Angeles", profile.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Authn_LoginInOtherCase_Succeeds()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/authn", """{"username":"Bob@Example.COM","password":"Passw0rd!bob"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"username":"alice@example.com","password":"wrong"}""")]
    [InlineData("""{"username":"alice@example.com","password":"passw0rd!alice"}""")]
    [InlineData("""{"username":"alice@example.com","password":"Passw0rd!bob"}""")]
    [InlineData("""{"username":"nobody@example.com","password":"Passw0rd!alice"}""")]
    [InlineData("""{"username":"alice@example.com"}""")]
    [InlineData("""{"password":"Passw0rd!alice"}""")]
    [InlineData("{}")]
    public async Task Authn_BadCredentials_Returns401AuthenticationFailed(string json)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/authn", json);

        await OktaAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "E0000004", "Authentication failed");
    }

    [Fact]
    public async Task Authn_TokenRedeemedLater_SessionRecordsPasswordVerificationTime()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        using var authn = await sim.SendAsync(HttpMethod.Post, "/api/v1/authn", """{"username":"carol@example.com","password":"Passw0rd!carol"}""");
        var token = (await SimulatorHarness.JsonAsync(authn)).GetProperty("sessionToken").GetString();
        sim.Clock.Advance(TimeSpan.FromMinutes(1));

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", $$"""{"sessionToken":"{{token}}"}""");

        var session = await SimulatorHarness.JsonAsync(response);
        Assert.Equal("carol@example.com", session.GetProperty("login").GetString());
        Assert.Equal("2026-11-22T10:00:00.000Z", session.GetProperty("lastPasswordVerification").GetString());
        Assert.Equal("2026-11-22T10:01:00.000Z", session.GetProperty("createdAt").GetString());
    }
}
