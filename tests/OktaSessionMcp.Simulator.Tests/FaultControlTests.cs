namespace OktaSessionMcp.Simulator.Tests;

public sealed class FaultControlTests
{
    private const string AllOff = """{"latencyMs":0,"rateLimitPerMinute":0,"errorRate":0,"errorStatus":503,"malformedRate":0,"dropRate":0}""";

    [Fact]
    public async Task Get_AtStart_ReportsEveryFaultOff()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        Assert.Equal(AllOff, await FaultsAsync(sim));
    }

    [Fact]
    public async Task Post_PartialUpdate_KeepsOmittedFields()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.SetFaultsAsync("""{"latencyMs":250,"errorStatus":500}""");

        await sim.SetFaultsAsync("""{"errorRate":0.25}""");

        Assert.Equal(
            """{"latencyMs":250,"rateLimitPerMinute":0,"errorRate":0.25,"errorStatus":500,"malformedRate":0,"dropRate":0}""",
            await FaultsAsync(sim));
    }

    [Fact]
    public async Task Delete_AfterUpdates_ReportsEveryFaultOff()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.SetFaultsAsync("""{"latencyMs":1,"rateLimitPerMinute":5,"errorRate":1,"errorStatus":500,"malformedRate":1,"dropRate":1}""");

        using var delete = await sim.Http.DeleteAsync(new Uri("/__sim/faults", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(AllOff, await FaultsAsync(sim));
    }

    [Theory]
    [InlineData("""{"latencyMs":-1}""")]
    [InlineData("""{"latencyMs":3600001}""")]
    [InlineData("""{"rateLimitPerMinute":-1}""")]
    [InlineData("""{"errorRate":1.5}""")]
    [InlineData("""{"errorRate":-0.1}""")]
    [InlineData("""{"malformedRate":2}""")]
    [InlineData("""{"dropRate":-1}""")]
    [InlineData("""{"errorStatus":200}""")]
    [InlineData("""{"errorStatus":600}""")]
    [InlineData("""{"errorRate":1,"errorStatus":302}""")]
    public async Task Post_OutOfRangeValue_Returns400AndChangesNothing(string json)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendWithAuthorizationAsync(HttpMethod.Post, "/__sim/faults", null, json);

        var error = await OktaAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "E0000001", "Api validation failed: faults");
        Assert.Single(error.GetProperty("errorCauses").EnumerateArray());
        Assert.Equal(AllOff, await FaultsAsync(sim));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("""{"latencyMs":"slow"}""")]
    [InlineData("""{"latencyMs":1.5}""")]
    [InlineData("""{"latency":100}""")]
    [InlineData("""{"LatencyMs":100}""")]
    public async Task Post_NotAFaultObject_Returns400AndChangesNothing(string json)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendWithAuthorizationAsync(HttpMethod.Post, "/__sim/faults", null, json);

        await OktaAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "E0000003");
        Assert.Equal(AllOff, await FaultsAsync(sim));
    }

    private static async Task<string> FaultsAsync(SimulatorHarness sim)
    {
        using var response = await sim.Http.GetAsync(new Uri("/__sim/faults", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
