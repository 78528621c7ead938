namespace OktaSessionMcp;

/// <summary>Where MCP is served over HTTP: the one path that the guards, the auth metadata and <c>MapMcp</c> share.</summary>
internal static class McpEndpoint
{
    public const string Path = "/mcp";
}
