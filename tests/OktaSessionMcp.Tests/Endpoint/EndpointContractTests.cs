using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OktaSessionMcp.Tests.BadInput;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Endpoint;

/// <summary>
/// What a client observes of /mcp now that the SDK's MapMcp serves it, stateless (the default) and --stateful:
/// sessions, the methods each mode answers, the 2026-07-28 rules, and the guards in front of it.
/// </summary>
public sealed class EndpointContractTests
{
    private const string June2025 = "2025-06-18";
    private const string November2025 = "2025-11-25";

    [Theory]
    [InlineData(June2025)]
    [InlineData(November2025)]
    public async Task Stateless_InitializeGivesNoSessionAndGetAndDeleteAre405(string version)
    {
        await using var server = await RunningServer.StartAsync();
        using var http = new HttpClient();

        using var initialize = await PostAsync(http, server.McpUrl, Initialize(version), version);
        using var get = await SendAsync(http, HttpMethod.Get, server.McpUrl);
        using var delete = await SendAsync(http, HttpMethod.Delete, server.McpUrl);

        Assert.Equal(HttpStatusCode.OK, initialize.StatusCode);
        Assert.False(initialize.Headers.Contains("Mcp-Session-Id"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
    }

    [Theory]
    [InlineData(June2025)]
    [InlineData(November2025)]
    public async Task Stateful_SessionIsIssuedRequiredKnownAndEndedByDelete(string version)
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Server:Stateful"] = "true" });
        using var http = new HttpClient();

        using var initialize = await PostAsync(http, server.McpUrl, Initialize(version), version);
        Assert.Contains($"\"protocolVersion\":\"{version}\"", await initialize.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sessionId = Assert.Single(initialize.Headers.GetValues("Mcp-Session-Id"));
        using var withoutSession = await PostAsync(http, server.McpUrl, ToolsList, version);
        using var unknownSession = await PostAsync(http, server.McpUrl, ToolsList, version, sessionId: "no-such-session");
        using var listed = await PostAsync(http, server.McpUrl, ToolsList, version, sessionId);
        using var deleted = await SendAsync(http, HttpMethod.Delete, server.McpUrl, sessionId);
        using var afterDelete = await PostAsync(http, server.McpUrl, ToolsList, version, sessionId);

        Assert.Equal(HttpStatusCode.BadRequest, withoutSession.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownSession.StatusCode);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Contains(CloseSessionTool.Name, await listed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(deleted.IsSuccessStatusCode, $"DELETE answered {deleted.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task July2026_DiscoverAnswersAndToolsCallWorksStatelesslyInBothModes(bool stateful)
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Server:Stateful"] = stateful.ToString() });
        using var raw = new RawMcp(server.McpUrl);

        var discover = await raw.PostAsync(Request("server/discover", new JsonObject { ["_meta"] = RawMcp.Meta() }), "server/discover");
        var called = await raw.CallAsync(GetSessionTool.Name, new JsonObject { ["sessionId"] = "no-such-session" });

        Assert.Equal(HttpStatusCode.OK, discover.Status);
        Assert.Contains(RawMcp.July2026, discover.Result?["supportedVersions"]?.ToJsonString() ?? discover.Body, StringComparison.Ordinal);
        Assert.True(called.IsToolError, called.Body);
        Assert.Contains("No active Okta session has this id", called.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task July2026_RequestWithoutMetaOrWithMismatchedHeaders_IsRefusedAndNothingReachesOkta()
    {
        await using var server = await RunningServer.StartAsync();
        using var raw = new RawMcp(server.McpUrl);
        var arguments = new JsonObject { ["sessionId"] = "abc" };

        var noMeta = await raw.PostAsync(Request("tools/call", new JsonObject { ["name"] = GetSessionTool.Name, ["arguments"] = arguments.DeepClone() }), "tools/call", GetSessionTool.Name);
        var wrongMethod = await raw.PostAsync(RawMcp.Call(GetSessionTool.Name, arguments.DeepClone()), "tools/list", GetSessionTool.Name);
        var wrongName = await raw.PostAsync(RawMcp.Call(GetSessionTool.Name, arguments.DeepClone()), "tools/call", CloseSessionTool.Name);
        var initialize = await raw.PostAsync(Initialize(RawMcp.July2026), "initialize");

        Assert.Equal(HttpStatusCode.BadRequest, noMeta.Status);
        Assert.Equal(HttpStatusCode.BadRequest, wrongMethod.Status);
        Assert.Equal(HttpStatusCode.BadRequest, wrongName.Status);
        Assert.NotNull(initialize.Error);
        Assert.Empty(await server.SimulatorClient.RequestsAsync());
    }

    [Theory]
    [InlineData("Origin", "https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("Host", "evil.example", HttpStatusCode.Forbidden)]
    public async Task ForeignOriginOrHost_IsRefusedAndNothingReachesOkta(string header, string value, HttpStatusCode expected)
    {
        await using var server = await RunningServer.StartAsync();
        using var http = new HttpClient();
        using var request = CallRequest(server.McpUrl);
        if (header == "Host")
        {
            request.Headers.Host = value;
        }
        else
        {
            request.Headers.Add(header, value);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(await server.SimulatorClient.RequestsAsync());
    }

    [Fact]
    public async Task FiveMiBBody_Is413AndNothingReachesOkta()
    {
        await using var server = await RunningServer.StartAsync();
        using var raw = new RawMcp(server.McpUrl);
        var arguments = $"{{\"sessionId\":\"{new string('a', 5 * 1024 * 1024)}\"}}";

        var answer = await raw.CallTextAsync(GetSessionTool.Name, arguments);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Contains("limited to 1 MiB", answer.Body, StringComparison.Ordinal);
        Assert.Empty(await server.SimulatorClient.RequestsAsync());
    }

    private const string ToolsList = """{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{}}""";

    private static string Initialize(string version) =>
        Request("initialize", new JsonObject
        {
            ["protocolVersion"] = version,
            ["capabilities"] = new JsonObject(),
            ["clientInfo"] = new JsonObject { ["name"] = "contract-test", ["version"] = "1.0" },
        });

    private static string Request(string method, JsonObject parameters) =>
        new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = method, ["params"] = parameters }.ToJsonString();

    private static HttpRequestMessage CallRequest(Uri endpoint)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(RawMcp.Call(GetSessionTool.Name, new JsonObject { ["sessionId"] = "abc" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/json, text/event-stream");
        request.Headers.Add("MCP-Protocol-Version", RawMcp.July2026);
        request.Headers.Add("Mcp-Method", "tools/call");
        request.Headers.Add("Mcp-Name", GetSessionTool.Name);
        return request;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, Uri endpoint, string body, string version, string? sessionId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", "application/json, text/event-stream");
        request.Headers.Add("MCP-Protocol-Version", version);
        if (sessionId is not null)
        {
            request.Headers.Add("Mcp-Session-Id", sessionId);
        }

        return http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, Uri endpoint, string? sessionId = null)
    {
        var request = new HttpRequestMessage(method, endpoint);
        request.Headers.TryAddWithoutValidation("Accept", "application/json, text/event-stream");
        request.Headers.Add("MCP-Protocol-Version", November2025);
        if (sessionId is not null)
        {
            request.Headers.Add("Mcp-Session-Id", sessionId);
        }

        return http.SendAsync(request);
    }
}
