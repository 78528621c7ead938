using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ModelContextProtocol.Protocol;

namespace OktaSessionMcp.StreamableHttp.Protocol;

/// <summary>
/// The checks the 2026-07-28 revision asks of the HTTP layer: the body's <c>_meta</c> must agree with
/// the headers (SEP-2575), the mirrored Mcp-Method / Mcp-Name headers must match the body (SEP-2243),
/// and the RPCs that revision removed are answered 404.
/// </summary>
internal static class PerRequestMetadataRules
{
#pragma warning disable MCP9005 // logging/setLevel is deprecated; named here only to refuse it.
    private static readonly HashSet<string> RemovedMethods = new(StringComparer.Ordinal)
    {
        RequestMethods.Initialize, RequestMethods.Ping, RequestMethods.LoggingSetLevel,
        RequestMethods.ResourcesSubscribe, RequestMethods.ResourcesUnsubscribe,
    };
#pragma warning restore MCP9005

    public static HttpRpcError? Check(IHeaderDictionary headers, JsonRpcMessage message)
    {
        var (method, parameters) = message switch
        {
            JsonRpcRequest request => (request.Method, request.Params),
            JsonRpcNotification notification => (notification.Method, notification.Params),
            _ => (null, null),
        };
        if (method is null)
        {
            return null;
        }

        var version = headers[McpHeaders.ProtocolVersion].ToString();
        var meta = (parameters as JsonObject)?["_meta"] as JsonObject;
        var metaVersion = StringOf(meta?[MetaKeys.ProtocolVersion]);

        if (method == RequestMethods.Initialize && version.Length > 0
            && StringOf((parameters as JsonObject)?["protocolVersion"]) is { } initializeVersion && initializeVersion != version)
        {
            return HttpRpcError.HeaderMismatch($"MCP-Protocol-Version '{version}' differs from params.protocolVersion '{initializeVersion}'.");
        }

        if (!ProtocolVersions.UsesPerRequestMetadata(version))
        {
            // A body that claims the new revision must not slip past these checks by leaving the header out.
            return ProtocolVersions.UsesPerRequestMetadata(metaVersion)
                ? HttpRpcError.HeaderMismatch($"the body's _meta declares '{metaVersion}' but MCP-Protocol-Version is '{version}'.")
                : null;
        }

        var isRequest = message is JsonRpcRequest;
        if (metaVersion is not null && metaVersion != version)
        {
            return HttpRpcError.HeaderMismatch($"MCP-Protocol-Version '{version}' differs from _meta/{MetaKeys.ProtocolVersion} '{metaVersion}'.");
        }

        if (MirroredHeaders.Check(headers, method, parameters, isRequest) is { } headerError)
        {
            return headerError;
        }

        if (!isRequest)
        {
            // Notifications are fire-and-forget; refusing one for missing _meta would only drop it silently.
            return null;
        }

        if (RemovedMethods.Contains(method))
        {
            return HttpRpcError.MethodNotFound(method, version);
        }

        if (metaVersion is null)
        {
            return HttpRpcError.InvalidParams($"Requests on protocol version '{version}' must include _meta/{MetaKeys.ProtocolVersion}.");
        }

        return meta?[MetaKeys.ClientCapabilities] is JsonObject
            ? null
            : HttpRpcError.InvalidParams($"Requests on protocol version '{version}' must include _meta/{MetaKeys.ClientCapabilities} as an object.");
    }

    internal static string? StringOf(JsonNode? node)
    {
        try
        {
            return node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
        }
        catch (InvalidOperationException)
        {
            // A JSON string holding a lone surrogate cannot become a .NET string: treat it as absent, not as a 500.
            return null;
        }
    }
}
