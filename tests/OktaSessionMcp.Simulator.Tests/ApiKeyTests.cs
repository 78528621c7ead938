namespace OktaSessionMcp.Simulator.Tests;

public sealed class ApiKeyTests
{
    public static TheoryData<string, string> SessionOperations => new()
    {
        { "POST", "/api/v1/sessions" },
        { "GET", "/api/v1/sessions/102Whatever0000000000000" },
        { "DELETE", "/api/v1/sessions/102Whatever0000000000000" },
        { "POST", "/api/v1/sessions/102Whatever0000000000000/lifecycle/refresh" },
        { "DELETE", "/api/v1/users/00u1alice2sim3demo4x/sessions" },
        { "GET", "/api/v1/no-such-route" },
    };

    [Theory]
    [MemberData(nameof(SessionOperations))]
    public async Task Operation_WithoutAuthorization_Returns401InvalidToken(string method, string path)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendWithAuthorizationAsync(new HttpMethod(method), path, null, """{"sessionToken":"x"}""");

        await OktaAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "E0000011", "Invalid token provided");
    }

    [Theory]
    [InlineData("SSWS wrong-key")]
    [InlineData("Bearer sim-api-key-not-secret")]
    [InlineData("ssws sim-api-key-not-secret")]
    [InlineData("SSWS")]
    [InlineData("SSWS ")]
    [InlineData("SSWS  sim-api-key-not-secret")]
    [InlineData("sim-api-key-not-secret")]
    public async Task Get_WrongAuthorization_Returns401InvalidToken(string authorization)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendWithAuthorizationAsync(HttpMethod.Get, "/api/v1/sessions/102Whatever0000000000000", authorization);

        await OktaAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "E0000011", "Invalid token provided");
    }

    [Fact]
    public async Task Create_CustomApiKey_AcceptsOnlyThatKey()
    {
        await using var sim = await SimulatorHarness.StartAsync(options => options.ApiKey = "custom-key");

        using var withDefault = await sim.SendWithAuthorizationAsync(HttpMethod.Get, "/api/v1/sessions/x", "SSWS sim-api-key-not-secret");
        using var withCustom = await sim.SendWithAuthorizationAsync(HttpMethod.Get, "/api/v1/sessions/x", "SSWS custom-key");

        Assert.Equal("custom-key", sim.Simulator.ApiKey);
        await OktaAssert.ErrorAsync(withDefault, HttpStatusCode.Unauthorized, "E0000011");
        await OktaAssert.ErrorAsync(withCustom, HttpStatusCode.NotFound, "E0000007");
    }

    [Fact]
    public async Task ReadOnlyKey_Get_IsAllowed()
    {
        await using var sim = await SimulatorHarness.StartAsync(options => options.ReadOnlyApiKey = "reader-key");
        var id = (await sim.CreateSessionAsync()).GetProperty("id").GetString();

        using var response = await sim.SendWithAuthorizationAsync(HttpMethod.Get, $"/api/v1/sessions/{id}", "SSWS reader-key");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/v1/sessions")]
    [InlineData("DELETE", "/api/v1/sessions/{id}")]
    [InlineData("POST", "/api/v1/sessions/{id}/lifecycle/refresh")]
    [InlineData("DELETE", "/api/v1/users/00u1alice2sim3demo4x/sessions")]
    public async Task ReadOnlyKey_Write_Returns403AndChangesNothing(string method, string path)
    {
        await using var sim = await SimulatorHarness.StartAsync(options => options.ReadOnlyApiKey = "reader-key");
        var session = await sim.CreateSessionAsync();
        var id = session.GetProperty("id").GetString()!;
        var body = $$"""{"sessionToken":"{{await sim.MintTokenAsync()}}"}""";

        using var response = await sim.SendWithAuthorizationAsync(new HttpMethod(method), path.Replace("{id}", id, StringComparison.Ordinal), "SSWS reader-key", body);
        using var after = await sim.SendAsync(HttpMethod.Get, $"/api/v1/sessions/{id}");

        await OktaAssert.ErrorAsync(response, HttpStatusCode.Forbidden, "E0000006", "You do not have permission to perform the requested action");
        Assert.Equal(session.GetRawText(), (await SimulatorHarness.JsonAsync(after)).GetRawText());
    }

    [Fact]
    public async Task Authn_WithWrongAuthorization_StillAuthenticates()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendWithAuthorizationAsync(
            HttpMethod.Post, "/api/v1/authn", "SSWS wrong", """{"username":"alice@example.com","password":"Passw0rd!alice"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
