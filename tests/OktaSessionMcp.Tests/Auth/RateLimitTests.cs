using System.Net;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Auth;

/// <summary>The per-caller request limit. The window is an hour, so no request here can fall into a fresh one.</summary>
public sealed class RateLimitTests
{
    private const string KeyA = "caller-a-key-0123456789abcdef";
    private const string KeyB = "caller-b-key-0123456789abcdef";

    [Fact]
    public async Task Post_OverTheLimit_Is429WithRetryAfter_AndOtherCallersKeepTheirs()
    {
        await using var server = await StartAsync(("MCP_AUTH_KEYS", $"a:{KeyA},b:{KeyB}"));

        using var first = await AuthHttp.PostMcpAsync(server.McpUrl, AuthHttp.ToolsList, KeyA);
        using var second = await AuthHttp.PostMcpAsync(server.McpUrl, AuthHttp.ToolsList, KeyA);
        using var third = await AuthHttp.PostMcpAsync(server.McpUrl, AuthHttp.ToolsList, KeyA);
        using var otherCaller = await AuthHttp.PostMcpAsync(server.McpUrl, AuthHttp.ToolsList, KeyB);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, otherCaller.StatusCode);
    }

    [Fact]
    public async Task Get_AnonymousCallsOverTheLimit_Are429BeforeAuthentication()
    {
        await using var server = await StartAsync(("MCP_AUTH_KEYS", $"a:{KeyA}"));

        using var first = await AuthHttp.PostMcpAsync(server.McpUrl, AuthHttp.ToolsList, "guess-0000000000000000");
        using var second = await AuthHttp.PostMcpAsync(server.McpUrl, AuthHttp.ToolsList, "guess-0000000000000001");
        using var third = await AuthHttp.PostMcpAsync(server.McpUrl, AuthHttp.ToolsList, "guess-0000000000000002");

        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task Healthz_OverTheLimit_IsNotLimited()
    {
        await using var server = await StartAsync();
        var url = new Uri(server.McpUrl, "/healthz");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await AuthHttp.SendAsync(HttpMethod.Get, url, token: null);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Rest_OverTheLimitWithoutAuthentication_Is429()
    {
        await using var server = await StartAsync();
        var url = new Uri(server.RestUrl!, "v1/api/v1/sessions/102unknownSession000000000");

        using var first = await AuthHttp.SendAsync(HttpMethod.Get, url, token: null);
        using var second = await AuthHttp.SendAsync(HttpMethod.Get, url, token: null);
        using var third = await AuthHttp.SendAsync(HttpMethod.Get, url, token: null);

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    private static Task<RunningServer> StartAsync(params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["Auth:RateLimit"] = "2", ["Auth:RateLimitWindowSeconds"] = "3600" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return RunningServer.StartAsync(settings);
    }
}
