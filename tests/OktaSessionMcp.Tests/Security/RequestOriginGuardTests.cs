using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Security;

/// <summary>DNS-rebinding protection in front of /mcp: foreign Origin and Host are refused before MCP sees them.</summary>
public sealed class RequestOriginGuardTests : IAsyncLifetime, IDisposable
{
    private const string Ping = """{"jsonrpc":"2.0","id":1,"method":"ping"}""";
    private RunningServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(new Dictionary<string, string?>
    {
        ["Server:AllowedOrigins"] = "https://console.example.com",
        ["Server:AllowedHosts"] = "mcp.example.com",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Theory]
    [InlineData(null, HttpStatusCode.OK)]
    [InlineData("http://localhost:6274", HttpStatusCode.OK)]
    [InlineData("http://127.0.0.1:3000", HttpStatusCode.OK)]
    [InlineData("http://[::1]:3000", HttpStatusCode.OK)]
    [InlineData("https://console.example.com", HttpStatusCode.OK)]
    [InlineData("https://evil.example.com", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost.evil.com", HttpStatusCode.Forbidden)]
    [InlineData("null", HttpStatusCode.Forbidden)]
    public async Task Post_WithOrigin_IsAllowedOnlyForLoopbackOrConfigured(string? origin, HttpStatusCode expected)
    {
        using var request = Request();
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await _http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("mcp.example.com", HttpStatusCode.OK)]
    [InlineData("evil.example.com", HttpStatusCode.Forbidden)]
    [InlineData("127.0.0.1.nip.io", HttpStatusCode.Forbidden)]
    public async Task Post_WithHost_IsAllowedOnlyForLoopbackOrConfigured(string host, HttpStatusCode expected)
    {
        using var request = Request();
        request.Headers.Host = $"{host}:{_server.McpUrl.Port}";

        using var response = await _http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    private HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _server.McpUrl)
        {
            Content = new StringContent(Ping, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add("MCP-Protocol-Version", "2025-06-18");
        return request;
    }
}
