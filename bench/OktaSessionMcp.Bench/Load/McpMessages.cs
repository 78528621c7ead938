using System.Net.Http.Headers;
using System.Text;

namespace OktaSessionMcp.Bench.Load;

/// <summary>Hand-written Streamable HTTP requests: what any MCP client sends, without a client library's own cost.</summary>
internal static class McpMessages
{
    public const string ProtocolVersion = "2025-11-25";
    public const string SessionHeader = "Mcp-Session-Id";

    public static readonly byte[] ToolsList = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""");

    public static readonly byte[] Initialize = Encoding.UTF8.GetBytes(
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":""" + "\"" + ProtocolVersion + "\"" +
        ""","capabilities":{},"clientInfo":{"name":"okta-session-mcp-bench","version":"1.0"}}}""");

    public static readonly byte[] Initialized = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static byte[] GetSession(string sessionId) => Encoding.UTF8.GetBytes(
        """{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"get-details-about-session","arguments":{"sessionId":""" +
        "\"" + sessionId + "\"}}}");

    public static HttpRequestMessage Post(Uri endpoint, byte[] body, string? sessionId = null)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", "application/json, text/event-stream");
        request.Headers.TryAddWithoutValidation("MCP-Protocol-Version", ProtocolVersion);
        if (sessionId is not null)
        {
            request.Headers.TryAddWithoutValidation(SessionHeader, sessionId);
        }

        return request;
    }

    public static HttpRequestMessage Delete(Uri endpoint, string sessionId)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, endpoint);
        request.Headers.TryAddWithoutValidation("MCP-Protocol-Version", ProtocolVersion);
        request.Headers.TryAddWithoutValidation(SessionHeader, sessionId);
        return request;
    }

    /// <summary>
    /// A JSON-RPC result that is not a tool error, in an SSE or JSON body. A byte search, not a parse: the bench
    /// checks one full answer per path before it measures (<see cref="AnswerCheck"/>), then only that each call succeeded.
    /// </summary>
    public static bool IsResult(ReadOnlySpan<byte> body) =>
        body.IndexOf("\"result\":"u8) >= 0 && body.IndexOf("\"isError\":true"u8) < 0;
}
