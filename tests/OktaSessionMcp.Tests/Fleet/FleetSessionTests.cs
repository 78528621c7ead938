using System.Net;
using System.Text;
using OktaSessionMcp.Tests.Policy;

namespace OktaSessionMcp.Tests.Fleet;

/// <summary>
/// With --redis --stateful a session begun on one instance is served by every other (the SDK's session migration, its
/// initialize parameters kept in Redis), for its own caller only; without Redis reachable it is unknown elsewhere.
/// </summary>
public sealed class FleetSessionTests
{
    private const string Version = "2025-11-25";

    [RedisFact]
    public async Task SessionBegunOnOneInstance_IsAnsweredByEachInstanceInTurn()
    {
        await using var fleet = await FleetNodes.StartAsync();
        Uri[] urls = [await AddStatefulInstanceAsync(fleet), await AddStatefulInstanceAsync(fleet), await AddStatefulInstanceAsync(fleet)];
        using var http = new HttpClient();
        var sessionId = await InitializeAsync(http, urls[0], caller: null);
        var sessionIdArgument = await fleet.NewSessionAsync();

        foreach (var url in urls.Skip(1).Append(urls[0]))
        {
            var (status, body) = await PostAsync(http, url, sessionId, null,
                """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"get-details-about-session","arguments":{"sessionId":""" + $"\"{sessionIdArgument}\"" + "}}}");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("\"status\":\"ACTIVE\"", body, StringComparison.Ordinal);
        }
    }

    [RedisFact]
    public async Task SessionOfAnotherCaller_IsNotFoundOnAnotherInstance()
    {
        await using var fleet = await FleetNodes.StartAsync();
        var (first, second) = (await AddStatefulInstanceAsync(fleet), await AddStatefulInstanceAsync(fleet));
        using var http = new HttpClient();
        var sessionId = await InitializeAsync(http, first, caller: "alice");

        var (asMallory, _) = await PostAsync(http, second, sessionId, "mallory", ToolsList);
        var (asAlice, _) = await PostAsync(http, second, sessionId, "alice", ToolsList);

        Assert.Equal(HttpStatusCode.NotFound, asMallory);
        Assert.Equal(HttpStatusCode.OK, asAlice);
    }

    [RedisFact]
    public async Task RedisDown_SessionIsUnknownOnAnotherInstance_AndStillServedWhereItBegan()
    {
        await using var fleet = await FleetNodes.StartAsync();
        var (first, second) = (await AddStatefulInstanceAsync(fleet), await AddStatefulInstanceAsync(fleet));
        using var http = new HttpClient();
        var sessionId = await InitializeAsync(http, first, caller: null);

        await fleet.Redis.StopAsync();
        var (elsewhere, _) = await PostAsync(http, second, sessionId, null, ToolsList);
        var (home, _) = await PostAsync(http, first, sessionId, null, ToolsList);

        Assert.Equal(HttpStatusCode.NotFound, elsewhere);
        Assert.Equal(HttpStatusCode.OK, home);
    }

    private const string ToolsList = """{"jsonrpc":"2.0","id":3,"method":"tools/list"}""";

    private static async Task<Uri> AddStatefulInstanceAsync(FleetNodes fleet) =>
        (await fleet.AddInstanceAsync(("Server:Stateful", "true"))).McpUrl;

    private static async Task<string> InitializeAsync(HttpClient http, Uri url, string? caller)
    {
        using var request = Request(url, null, caller,
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":""" + $"\"{Version}\"" + ""","capabilities":{},"clientInfo":{"name":"fleet-test","version":"1.0"}}}""");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var sessionId = response.Headers.GetValues("Mcp-Session-Id").Single();
        var (status, _) = await PostAsync(http, url, sessionId, caller, """{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        Assert.Equal(HttpStatusCode.Accepted, status);
        return sessionId;
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient http, Uri url, string sessionId, string? caller, string body)
    {
        using var request = Request(url, sessionId, caller, body);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Request(Uri url, string? sessionId, string? caller, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", "application/json, text/event-stream");
        request.Headers.Add("MCP-Protocol-Version", Version);
        if (sessionId is not null)
        {
            request.Headers.Add("Mcp-Session-Id", sessionId);
        }

        if (caller is not null)
        {
            request.Headers.Add(TestCaller.Header, caller);
        }

        return request;
    }
}
