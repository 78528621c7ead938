using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ModelContextProtocol.Protocol;

namespace OktaSessionMcp.StreamableHttp.Protocol;

/// <summary>
/// SEP-2243: Mcp-Method and Mcp-Name mirror the body so gateways can route without parsing it; a
/// server that acts on the body must refuse a request whose headers say something else.
/// </summary>
/// <remarks>Mcp-Param-* headers (x-mcp-header) are not checked: none of our tools declares one.</remarks>
internal static class MirroredHeaders
{
    public static HttpRpcError? Check(IHeaderDictionary headers, string method, JsonNode? parameters, bool isRequest)
    {
        var headerMethod = headers[McpHeaders.Method].ToString().Trim();
        if (headerMethod.Length == 0)
        {
            // The spec requires Mcp-Method on requests and leaves notifications undefined.
            return isRequest ? HttpRpcError.HeaderMismatch("the Mcp-Method header is required.") : null;
        }

        if (headerMethod != method)
        {
            return HttpRpcError.HeaderMismatch($"Mcp-Method '{headerMethod}' differs from the body's method '{method}'.");
        }

        var nameField = method switch
        {
            RequestMethods.ToolsCall or RequestMethods.PromptsGet => "name",
            RequestMethods.ResourcesRead => "uri",
            _ => null,
        };
        if (!isRequest || nameField is null)
        {
            return null;
        }

        var headerName = headers[McpHeaders.Name].ToString().Trim();
        if (headerName.Length == 0)
        {
            return HttpRpcError.HeaderMismatch($"the Mcp-Name header is required for {method}.");
        }

        if (!IsHeaderSafe(headerName) || McpHeaderEncoder.DecodeValue(headerName) is not { } decodedName)
        {
            return HttpRpcError.HeaderMismatch("Mcp-Name holds characters or Base64 that cannot be decoded.");
        }

        var bodyName = PerRequestMetadataRules.StringOf((parameters as JsonObject)?[nameField]);
        return decodedName == bodyName
            ? null
            : HttpRpcError.HeaderMismatch($"Mcp-Name differs from the body's params.{nameField}.");
    }

    // RFC 9110 field values: tab, space and visible ASCII; anything else must arrive Base64-encoded.
    private static bool IsHeaderSafe(string value) =>
        value.All(c => c == '\t' || c is >= ' ' and <= '~');
}
