using Microsoft.AspNetCore.Http;

namespace OktaSessionMcp.StreamableHttp.Protocol;

/// <summary>Reads and checks the MCP-Protocol-Version header.</summary>
internal static class ProtocolVersionHeader
{
    /// <summary>The header's value, or an empty string: older clients may omit it (spec: assume 2025-03-26).</summary>
    public static string Read(HttpRequest request) => request.Headers[McpHeaders.ProtocolVersion].ToString();

    public static HttpRpcError? Check(string version) =>
        version.Length == 0 || ProtocolVersions.IsSupported(version) ? null : HttpRpcError.UnsupportedProtocolVersion(version);
}
