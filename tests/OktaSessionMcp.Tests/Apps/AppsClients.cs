using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Tests.BadInput;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Apps;

/// <summary>Clients that declare the MCP Apps extension (io.modelcontextprotocol/ui), over 2025-11-25 and 2026-07-28.</summary>
internal static class AppsClients
{
    public const string ExtensionId = "io.modelcontextprotocol/ui";
    public const string MimeType = "text/html;profile=mcp-app";
    public const string CardUri = "ui://okta-session-mcp/session-card.html";

    public static JsonObject Settings(string mimeType = MimeType) => new() { ["mimeTypes"] = new JsonArray(mimeType) };

    /// <summary>An SDK client on 2025-11-25 that declares the extension with <paramref name="settings"/> (null: not at all).</summary>
    public static Task<McpClient> ConnectAsync(
        RunningServer server,
        JsonObject? settings,
        Func<ElicitRequestParams?, CancellationToken, ValueTask<ElicitResult>>? elicit = null)
    {
        var options = new McpClientOptions { ProtocolVersion = "2025-11-25" };
        if (settings is not null)
        {
            options.Capabilities = new ClientCapabilities { Extensions = new Dictionary<string, object> { [ExtensionId] = settings } };
        }

        options.Handlers.ElicitationHandler = elicit;
        return McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions { Endpoint = server.McpUrl, TransportMode = HttpTransportMode.StreamableHttp }),
            options);
    }

    /// <summary>A 2026-07-28 request whose per-request capabilities declare the extension when <paramref name="apps"/>.</summary>
    public static string Request(string method, JsonObject parameters, bool apps, bool elicitation = false)
    {
        var meta = RawMcp.Meta(elicitation);
        if (apps)
        {
            ((JsonObject)meta[MetaKeys.ClientCapabilities]!)["extensions"] = new JsonObject { [ExtensionId] = Settings() };
        }

        parameters["_meta"] = meta;
        return new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = method, ["params"] = parameters }.ToJsonString();
    }
}
