using ModelContextProtocol.AspNetCore;

namespace OktaSessionMcp.Hosting;

/// <summary>How the SDK's Streamable HTTP transport (<c>MapMcp</c>) serves /mcp, from the server's settings.</summary>
internal static class McpHttpTransport
{
    public static void Configure(HttpServerTransportOptions options, ServerOptions server)
    {
        // Stateless by default. --stateful keeps sessions for clients that start with initialize (2025-06-18 and
        // 2025-11-25), which is what elicitation needs; 2026-07-28 has no sessions and is always served statelessly.
        options.SessionMode = server.Stateful ? HttpServerSessionMode.StatefulForInitializeClients : HttpServerSessionMode.Stateless;
#pragma warning disable MCP9006 // The session settings are marked legacy because 2026-07-28 has no sessions; --stateful serves the older revisions that do.
        options.IdleTimeout = TimeSpan.FromMinutes(server.SessionIdleMinutes);
        // At the cap the SDK closes the oldest idle sessions rather than refusing new ones.
        options.MaxIdleSessionCount = server.MaxSessions;
#pragma warning restore MCP9006
    }
}
