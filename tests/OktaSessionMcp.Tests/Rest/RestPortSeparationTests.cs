using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OktaSessionMcp.Hosting;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Rest;

/// <summary>The REST adapter and /mcp each answer on their own port only, behind the same Host/Origin guard.</summary>
public sealed class RestPortSeparationTests : IDisposable
{
    private const string Ping = """{"jsonrpc":"2.0","id":1,"method":"ping"}""";
    private const string UnknownSession = "v1/api/v1/sessions/102UnknownSession0000000";
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task RestRoutesAndOpenApi_OnTheMcpPort_Are404AndSendNothing()
    {
        await using var server = await RunningServer.StartAsync();
        var mcpBase = new Uri(server.McpUrl, "/");

        using var session = await _http.GetAsync(new Uri(mcpBase, UnknownSession));
        using var document = await _http.GetAsync(new Uri(mcpBase, "openapi/v1.json"));

        Assert.Equal(HttpStatusCode.NotFound, session.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
        Assert.Empty(await server.SimulatorClient.RequestsAsync());
    }

    [Fact]
    public async Task Mcp_OnTheRestPort_Is404()
    {
        await using var server = await RunningServer.StartAsync();

        using var onRest = await _http.SendAsync(McpPing(new Uri(server.RestUrl!, "mcp")));
        using var onMcp = await _http.SendAsync(McpPing(server.McpUrl));

        Assert.Equal(HttpStatusCode.NotFound, onRest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onMcp.StatusCode);
    }

    [Theory]
    [InlineData("evil.example.com", null)]
    [InlineData("localhost", "https://evil.example.com")]
    public async Task RestRoute_ForeignHostOrOrigin_Is403AndSendsNothing(string host, string? origin)
    {
        await using var server = await RunningServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.RestUrl!, UnknownSession));
        request.Headers.Host = $"{host}:{server.RestUrl!.Port}";
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await server.SimulatorClient.RequestsAsync());
    }

    [Fact]
    public async Task RestAdapter_TurnedOff_HasNoUrlAndMcpStillAnswers()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Server:RestEnabled"] = "false" });

        using var response = await _http.SendAsync(McpPing(server.McpUrl));

        Assert.Null(server.RestUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(server.App.Urls);
    }

    [Fact]
    public async Task Start_RestPortEqualsMcpPort_IsRefusedNamingBothOptions()
    {
        var ex = await UnstartedHost.StartFailureAsync(("Server:McpPort", "9191"), ("Server:RestPort", "9191"));

        Assert.Contains("--rest-port", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--mcp-port", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", null, "false")]
    [InlineData("8181", "8181", null)]
    public void Parse_RestPort_ZeroTurnsTheAdapterOff(string port, string? expectedPort, string? expectedEnabled)
    {
        var result = CommandLine.Parse(["--rest-port", port]);

        Assert.Null(result.Error);
        Assert.Equal(expectedPort, result.Values.TryGetValue("Server:RestPort", out var p) ? p : null);
        Assert.Equal(expectedEnabled, result.Values.TryGetValue("Server:RestEnabled", out var e) ? e : null);
    }

    private static HttpRequestMessage McpPing(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(Ping, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add("MCP-Protocol-Version", "2025-06-18");
        return request;
    }
}
