using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Auth;

/// <summary>Raw MCP and REST requests with a bearer token, and an SDK client that sends one.</summary>
internal static class AuthHttp
{
    public static readonly HttpClient Http = new();

    public static string ToolCall(string tool, string sessionId = "102unknownSession000000000") =>
        new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = 1,
            ["method"] = "tools/call",
            ["params"] = new JsonObject { ["name"] = tool, ["arguments"] = new JsonObject { ["sessionId"] = sessionId } },
        }.ToJsonString();

    public const string ToolsList = """{"jsonrpc":"2.0","id":1,"method":"tools/list"}""";

    public static async Task<HttpResponseMessage> PostMcpAsync(Uri url, string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", "application/json, text/event-stream");
        request.Headers.Add("MCP-Protocol-Version", "2025-11-25");
        return await SendAsync(request, token);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, string? token)
    {
        using var request = new HttpRequestMessage(method, url);
        return await SendAsync(request, token);
    }

    /// <param name="protocolVersion">Null: the SDK's default (2026-07-28, which has no sessions).</param>
    public static Task<McpClient> ConnectAsync(RunningServer server, string token, string? protocolVersion = null) =>
        McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = server.McpUrl,
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" },
            }),
            new McpClientOptions { ProtocolVersion = protocolVersion });

    public static string Challenge(HttpResponseMessage response) => response.Headers.WwwAuthenticate.ToString();

    private static async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? token)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await Http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
