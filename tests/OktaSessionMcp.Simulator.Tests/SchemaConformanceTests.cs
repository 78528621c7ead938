namespace OktaSessionMcp.Simulator.Tests;

/// <summary>Every kind of body the simulator answers, checked against Okta's own OpenAPI description.</summary>
public sealed class SchemaConformanceTests
{
    private static readonly OpenApiSchemaValidator Spec = OpenApiSchemaValidator.FromFile(Path.Combine(AppContext.BaseDirectory, "TestData", "sessions-openapi.yaml"));

    private static readonly Dictionary<string, Func<SimulatorHarness, Task<HttpResponseMessage>>> Scenarios = new()
    {
        ["create 200"] = async sim => await sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", $$"""{"sessionToken":"{{await sim.MintTokenAsync()}}"}"""),
        ["get 200"] = async sim => await sim.SendAsync(HttpMethod.Get, $"/api/v1/sessions/{await NewSessionIdAsync(sim)}"),
        ["refresh 200"] = async sim => await sim.SendAsync(HttpMethod.Post, $"/api/v1/sessions/{await NewSessionIdAsync(sim)}/lifecycle/refresh"),
        ["400 E0000003"] = sim => sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", "{"),
        ["400 E0000001"] = sim => sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", "{}"),
        ["401 E0000004"] = sim => sim.SendAsync(HttpMethod.Post, "/api/v1/sessions", """{"sessionToken":"20111unknown"}"""),
        ["401 E0000011"] = sim => sim.SendWithAuthorizationAsync(HttpMethod.Get, "/api/v1/sessions/102abc", null),
        ["403 E0000006"] = sim => sim.SendWithAuthorizationAsync(HttpMethod.Delete, "/api/v1/sessions/102abc", "SSWS reader"),
        ["404 E0000007"] = sim => sim.SendAsync(HttpMethod.Get, "/api/v1/sessions/102abc"),
        ["405 E0000022"] = sim => sim.SendAsync(HttpMethod.Put, "/api/v1/sessions/102abc"),
        ["429 E0000047"] = async sim =>
        {
            await sim.SetFaultsAsync("""{"rateLimitPerMinute":1}""");
            (await sim.SendAsync(HttpMethod.Get, "/api/v1/sessions/102abc")).Dispose();
            return await sim.SendAsync(HttpMethod.Get, "/api/v1/sessions/102abc");
        },
        ["503 E0000009"] = async sim =>
        {
            await sim.SetFaultsAsync("""{"errorRate":1}""");
            return await sim.SendAsync(HttpMethod.Get, "/api/v1/sessions/102abc");
        },
    };

    public static TheoryData<string> SessionScenarios => new(Scenarios.Keys.Where(name => name.EndsWith("200", StringComparison.Ordinal)));

    public static TheoryData<string> ErrorScenarios => new(Scenarios.Keys.Where(name => !name.EndsWith("200", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(SessionScenarios))]
    public async Task Session_ConformsToSessionSchemaAndDeclaresEveryTopLevelProperty(string scenario)
    {
        var body = await RunAsync(scenario, HttpStatusCode.OK);

        Assert.Empty(Spec.Validate(body, "Session"));
        // OpenAPI allows undeclared properties by default, so check separately that we invent none.
        Assert.Subset(Spec.DeclaredProperties("Session").ToHashSet(), body.EnumerateObject().Select(property => property.Name).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(ErrorScenarios))]
    public async Task Error_ConformsToErrorSchemaWithOnlyDeclaredProperties(string scenario)
    {
        var body = await RunAsync(scenario, (HttpStatusCode)int.Parse(scenario[..3], System.Globalization.CultureInfo.InvariantCulture));

        Assert.Empty(Spec.Validate(body, "Error"));
        Assert.Equal(scenario[4..], body.GetProperty("errorCode").GetString());
        Assert.Equal(Spec.DeclaredProperties("Error").Order(), body.EnumerateObject().Select(property => property.Name).Order());
    }

    [Fact]
    public async Task Authn_ConformsToAuthenticationTransactionSchema()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendAsync(HttpMethod.Post, "/api/v1/authn", """{"username":"alice@example.com","password":"Passw0rd!alice"}""");

        Assert.Empty(OpenApiSchemaValidator.FromYaml(AuthnSchema.Yaml).Validate(await SimulatorHarness.JsonAsync(response), "AuthenticationTransaction"));
    }

    private static async Task<JsonElement> RunAsync(string scenario, HttpStatusCode expected)
    {
        await using var sim = await SimulatorHarness.StartAsync(options => options.ReadOnlyApiKey = "reader");
        using var response = await Scenarios[scenario](sim);
        Assert.Equal(expected, response.StatusCode);
        return await SimulatorHarness.JsonAsync(response);
    }

    private static async Task<string> NewSessionIdAsync(SimulatorHarness sim) =>
        (await sim.CreateSessionAsync()).GetProperty("id").GetString()!;
}
