using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;

namespace OktaSessionMcp.Apps;

/// <summary>
/// The MCP Apps extension as this server speaks it. A tool names its view in _meta.ui.resourceUri only for a client that
/// declared the extension with our view's mime type, as SEP-1865 asks ("Servers SHOULD check client capabilities"): any
/// other client gets tools/list exactly as without the extension. Tool results are the same for everyone; a view reads
/// the structuredContent every client already gets.
/// </summary>
internal static class AppsExtension
{
    public const string Id = "io.modelcontextprotocol/ui";

    public static bool IsDeclaredBy(ClientCapabilities? capabilities)
    {
        if (capabilities?.Extensions is not { } extensions || !extensions.TryGetValue(Id, out var settings) || settings is null)
        {
            return false;
        }

        // Settings arrive as a JsonElement over the wire, as any object from an in-process client: read both as JSON.
        var json = settings as JsonElement? ?? JsonSerializer.SerializeToElement(settings, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(object)));
        return json.ValueKind == JsonValueKind.Object
            && json.TryGetProperty("mimeTypes", out var mimeTypes)
            && mimeTypes.ValueKind == JsonValueKind.Array
            && mimeTypes.EnumerateArray().Any(m => m.ValueKind == JsonValueKind.String && m.GetString() == SessionCard.MimeType);
    }

    public static bool IsDeclaredBy<TParams>(RequestContext<TParams> context) => IsDeclaredBy(DeclaredCapabilities.Of(context));

    /// <summary>
    /// A tools/list filter: the session tools name the card, for a client that renders MCP Apps. The list then differs by
    /// client; the SDK marks every 2026-07-28 list cacheScope "private", so no shared cache hands it to another client.
    /// </summary>
    public static McpRequestHandler<ListToolsRequestParams, ListToolsResult> ListToolsFilter(
        McpRequestHandler<ListToolsRequestParams, ListToolsResult> next) => async (context, cancellationToken) =>
    {
        var result = await next(context, cancellationToken);
        if (!IsDeclaredBy(context))
        {
            return result;
        }

        for (var i = 0; i < result.Tools.Count; i++)
        {
            if (SessionCard.Tools.Contains(result.Tools[i].Name))
            {
                result.Tools[i] = WithView(result.Tools[i]);
            }
        }

        return result;
    };

    // The SDK shares each Tool between requests: the view goes on a copy, never on the original.
    private static Tool WithView(Tool tool)
    {
        var typeInfo = McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(Tool));
        var copy = (Tool)JsonSerializer.Deserialize(JsonSerializer.SerializeToElement(tool, typeInfo), typeInfo)!;
        copy.Meta ??= [];
        copy.Meta["ui"] = new JsonObject { ["resourceUri"] = SessionCard.ResourceUri };
        return copy;
    }
}
