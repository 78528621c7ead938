using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Protocol;

namespace OktaSessionMcp.StreamableHttp.Tests.TestHost;

/// <summary>Builds raw Streamable HTTP requests and reads their answers, for status-code tests.</summary>
public static class Raw
{
    public const string Latest = "2025-11-25";
    public const string July2026 = "2026-07-28";

    public static string Initialize(int id = 1, string version = Latest) =>
        $$$"""{"jsonrpc":"2.0","id":{{{id}}},"method":"initialize","params":{"protocolVersion":"{{{version}}}","capabilities":{},"clientInfo":{"name":"raw","version":"1.0"}""" + "}}";

    public static string ToolsList(int id = 2) => $$"""{"jsonrpc":"2.0","id":{{id}},"method":"tools/list"}""";

    public static string Call(string tool, string arguments = "{}", int id = 3, string meta = "{}") =>
        $$$"""{"jsonrpc":"2.0","id":{{{id}}},"method":"tools/call","params":{"name":"{{{tool}}}","arguments":{{{arguments}}},"_meta":{{{meta}}}}}""";

    public const string Initialized = """{"jsonrpc":"2.0","method":"notifications/initialized"}""";

    /// <summary>The per-request metadata every 2026-07-28 request carries in params._meta.</summary>
    public static JsonObject Meta2026(string version = July2026) => new()
    {
        [MetaKeys.ProtocolVersion] = version,
        [MetaKeys.ClientInfo] = new JsonObject { ["name"] = "raw", ["version"] = "1.0" },
        [MetaKeys.ClientCapabilities] = new JsonObject(),
    };

    public static string Request2026(string method, JsonObject? parameters = null, JsonObject? meta = null, int id = 7)
    {
        parameters ??= [];
        parameters["_meta"] = meta ?? Meta2026();
        return new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }.ToJsonString();
    }

    public static HttpRequestMessage Post(
        string body,
        string? sessionId = null,
        string? version = null,
        string accept = "application/json, text/event-stream",
        string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        AddSessionHeaders(request, sessionId, version);
        return request;
    }

    /// <summary>A 2026-07-28 POST with the SEP-2243 mirrored headers a conforming client sends.</summary>
    public static HttpRequestMessage Post2026(string method, string body, string? name = null)
    {
        var request = Post(body, version: July2026);
        request.Headers.Add(McpHeaders.Method, method);
        if (name is not null)
        {
            request.Headers.Add(McpHeaders.Name, name);
        }

        return request;
    }

    public static HttpRequestMessage Get(string? sessionId = null, string? version = null, string accept = "text/event-stream")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "");
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        AddSessionHeaders(request, sessionId, version);
        return request;
    }

    public static HttpRequestMessage Delete(string? sessionId = null, string? version = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "");
        AddSessionHeaders(request, sessionId, version);
        return request;
    }

    public static async Task<JsonRpcError> ReadErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var message = JsonSerializer.Deserialize<JsonRpcMessage>(await response.Content.ReadAsStringAsync(), McpJsonUtilities.DefaultOptions);
        return Assert.IsType<JsonRpcError>(message);
    }

    /// <summary>Every JSON-RPC message in an SSE body, in order.</summary>
    public static async Task<List<JsonRpcMessage>> ReadEventsAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        return body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(e => string.Concat(e.Split('\n').Where(l => l.StartsWith("data:", StringComparison.Ordinal)).Select(l => l[5..].Trim())))
            .Where(data => data.Length > 0)
            .Select(data => JsonSerializer.Deserialize<JsonRpcMessage>(data, McpJsonUtilities.DefaultOptions)!)
            .ToList();
    }

    public static async Task<JsonRpcResponse> ReadResultAsync(HttpResponseMessage response) =>
        Assert.IsType<JsonRpcResponse>((await ReadEventsAsync(response)).Last());

    public static string? SessionIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(McpHeaders.SessionId, out var values) ? values.Single() : null;

    private static void AddSessionHeaders(HttpRequestMessage request, string? sessionId, string? version)
    {
        if (sessionId is not null)
        {
            request.Headers.Add(McpHeaders.SessionId, sessionId);
        }

        if (version is not null)
        {
            request.Headers.Add(McpHeaders.ProtocolVersion, version);
        }
    }
}
