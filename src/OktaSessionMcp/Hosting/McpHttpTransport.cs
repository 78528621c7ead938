using ModelContextProtocol.AspNetCore;

namespace OktaSessionMcp.Hosting;

/// <summary>How the SDK's Streamable HTTP transport (<c>MapMcp</c>) serves /mcp, from the server's settings.</summary>
internal static class McpHttpTransport
{
    public static IMcpServerBuilder WithMcpHttpTransport(this IMcpServerBuilder builder, ServerOptions server)
    {
        builder.Services.AddOptions<HttpServerTransportOptions>()
            .Configure<MemoryTrim>((options, trim) => Configure(options, server, trim));
        return builder.WithHttpTransport();
    }

    private static void Configure(HttpServerTransportOptions options, ServerOptions server, MemoryTrim trim)
    {
        // Stateless by default. --stateful keeps sessions for clients that start with initialize (2025-06-18 and
        // 2025-11-25), which is what elicitation needs; 2026-07-28 has no sessions and is always served statelessly.
        options.SessionMode = server.Stateful ? HttpServerSessionMode.StatefulForInitializeClients : HttpServerSessionMode.Stateless;
#pragma warning disable MCP9006 // The session settings are marked legacy because 2026-07-28 has no sessions; --stateful serves the older revisions that do.
        options.IdleTimeout = TimeSpan.FromMinutes(server.SessionIdleMinutes);
        // At the cap the SDK closes the oldest idle sessions rather than refusing new ones.
        options.MaxIdleSessionCount = server.MaxSessions;
#pragma warning restore MCP9006
#pragma warning disable MCPEXP002 // The SDK's one hook around a session's life (experimental): it tells us when a stateful session ends.
        options.RunSessionHandler = async (_, session, cancellationToken) =>
        {
            try
            {
                await session.RunAsync(cancellationToken);
            }
            finally
            {
                // A stateless request's server has no session id; only sessions' ends count towards the trim.
                if (session.SessionId is not null)
                {
                    trim.OnClosed();
                }
            }
        };
#pragma warning restore MCPEXP002
    }
}
