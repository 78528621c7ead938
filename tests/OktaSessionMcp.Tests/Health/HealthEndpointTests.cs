using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_ProcessUp_Is200()
    {
        await using var server = await RunningServer.StartAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(server.McpUrl, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_OktaReachableWithGoodToken_Is200AndProbesOnce()
    {
        await using var server = await RunningServer.StartAsync();
        using var http = new HttpClient();
        await server.SimulatorClient.ClearRequestsAsync();

        using var first = await http.GetAsync(new Uri(server.McpUrl, "/readyz"));
        using var second = await http.GetAsync(new Uri(server.McpUrl, "/readyz"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(await server.SimulatorClient.RequestsAsync());
    }

    [Fact]
    public async Task Readyz_BadToken_Is503NamingTheSetting()
    {
        await using var server = await RunningServer.StartAsync(apiToken: "a-token-okta-does-not-know-000000");
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(server.McpUrl, "/readyz"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("OKTA_API_KEY", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_OktaDown_Is503()
    {
        await using var server = await RunningServer.StartAsync();
        await server.Simulator.DisposeAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(server.McpUrl, "/readyz"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
