using System.Text.Json;
using System.Net.Http.Json;
using System.Net;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Auth;

/// <summary>Static bearer keys over MCP and REST: the right key works, a wrong one is refused, a key's scopes hold.</summary>
public sealed class StaticKeyAuthTests : IAsyncLifetime
{
    private const string FullKey = "full-access-key-0123456789abcdef";
    private const string ReaderKey = "read-only-key-0123456789abcdef";
    private readonly string _keysFile = Path.GetTempFileName();
    private RunningServer _server = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllLinesAsync(_keysFile, [$"reader:{StaticKeyLoaderTests.Sha256Hex(ReaderKey)}:sessions:read"]);
        _server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["MCP_AUTH_KEYS"] = $"ops:{FullKey}",
            ["Auth:KeysFile"] = _keysFile,
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        File.Delete(_keysFile);
    }

    [Fact]
    public async Task Mcp_RightKey_ListsAndCallsTools()
    {
        await using var client = await AuthHttp.ConnectAsync(_server, FullKey);

        var tools = await client.ListToolsAsync();
        var created = await client.CallToolAsync(CreateSessionTool.Name,
            new Dictionary<string, object?> { ["body"] = new { sessionToken = _server.SimulatorClient.MintSessionToken() } });

        Assert.NotEmpty(tools);
        Assert.NotEqual(true, created.IsError);
    }

    [Fact]
    public async Task Mcp_StatefulSessionWithRightKey_Works()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Server:Stateful"] = "true",
            ["MCP_AUTH_KEYS"] = $"ops:{FullKey}",
        });
        await using var client = await AuthHttp.ConnectAsync(server, FullKey, protocolVersion: "2025-11-25");

        var result = await client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = "102unknownSession000000000" });

        Assert.NotNull(client.SessionId);
        Assert.Equal(true, result.IsError); // Okta's 404, reached with the key accepted
    }

    [Fact]
    public async Task Mcp_WrongKey_Is401InvalidToken()
    {
        using var response = await AuthHttp.PostMcpAsync(_server.McpUrl, AuthHttp.ToolsList, FullKey + "-wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", AuthHttp.Challenge(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mcp_ReaderKeyCallsWriteTool_Is403()
    {
        using var response = await AuthHttp.PostMcpAsync(_server.McpUrl, AuthHttp.ToolCall(RefreshSessionTool.Name), ReaderKey);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("scope=\"sessions:manage\"", AuthHttp.Challenge(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rest_NoKey_Is401AndRightKey_ReachesOkta()
    {
        var url = new Uri(_server.RestUrl!, "v1/api/v1/sessions/102unknownSession000000000");

        using var anonymous = await AuthHttp.SendAsync(HttpMethod.Get, url, token: null);
        using var reader = await AuthHttp.SendAsync(HttpMethod.Get, url, ReaderKey);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.StartsWith("Bearer ", AuthHttp.Challenge(anonymous), StringComparison.Ordinal);
        await AssertOktaErrorAsync(anonymous, "E0000011");
        Assert.Equal(HttpStatusCode.NotFound, reader.StatusCode); // Okta's answer: authorized, and the session is unknown
    }

    [Fact]
    public async Task Rest_ReaderKeyDeletes_Is403WithNothingSentToOkta()
    {
        await _server.SimulatorClient.ClearRequestsAsync();

        using var response = await AuthHttp.SendAsync(HttpMethod.Delete, new Uri(_server.RestUrl!, "v1/api/v1/sessions/102unknownSession000000000"), ReaderKey);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("error=\"insufficient_scope\"", AuthHttp.Challenge(response), StringComparison.Ordinal);
        await AssertOktaErrorAsync(response, "E0000006");
        Assert.Empty(await _server.SimulatorClient.RequestsAsync());
    }

    [Fact]
    public async Task Rest_TokenInTheQueryString_Is400()
    {
        using var response = await AuthHttp.SendAsync(
            HttpMethod.Get, new Uri(_server.RestUrl!, $"v1/api/v1/sessions/102unknownSession000000000?access_token={FullKey}"), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertOktaErrorAsync(response, "E0000001");
    }

    /// <summary>Refusals on the REST port are Okta's Error object, as the adapter's OpenAPI document says.</summary>
    private static async Task AssertOktaErrorAsync(HttpResponseMessage response, string errorCode)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(errorCode, body.GetProperty("errorCode").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("errorSummary").GetString()));
        Assert.StartsWith("osm", body.GetProperty("errorId").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(body.GetProperty("errorCauses").EnumerateArray());
    }

    [Fact]
    public async Task UnknownPathOrWrongPort_NoKey_Is401()
    {
        using var unknown = await AuthHttp.SendAsync(HttpMethod.Get, new Uri(_server.McpUrl, "/no-such-path"), token: null);
        using var mcpOnRest = await AuthHttp.PostMcpAsync(new Uri(_server.RestUrl!, "mcp"), AuthHttp.ToolsList, token: null);
        using var otherMetadata = await AuthHttp.SendAsync(HttpMethod.Get, new Uri(_server.McpUrl, "/.well-known/oauth-protected-resource/other"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, mcpOnRest.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherMetadata.StatusCode);
    }

    [Fact]
    public async Task Healthz_NoKey_IsExempt()
    {
        using var response = await AuthHttp.SendAsync(HttpMethod.Get, new Uri(_server.McpUrl, "/healthz"), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
