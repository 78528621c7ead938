namespace OktaSessionMcp.StreamableHttp.Protocol;

/// <summary>HTTP header names of the Streamable HTTP transport (the SDK keeps its own copy internal).</summary>
internal static class McpHeaders
{
    public const string SessionId = "Mcp-Session-Id";
    public const string ProtocolVersion = "MCP-Protocol-Version";
    public const string Method = "Mcp-Method";
    public const string Name = "Mcp-Name";
}
