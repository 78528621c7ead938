namespace OktaSessionMcp.StreamableHttp;

/// <summary>
/// Settings of the Streamable HTTP endpoint mapped by
/// <see cref="McpHttpEndpointRouteBuilderExtensions.MapMcpStreamableHttp"/>. Validated when the host starts.
/// </summary>
/// <remarks>
/// Temporary: this adapter stands in for ModelContextProtocol.AspNetCore's <c>MapMcp()</c>;
/// delete the project and use that package the day it can be had.
/// </remarks>
public sealed class McpHttpOptions
{
    /// <summary>
    /// Keep a session per client (Mcp-Session-Id, a GET stream for server-initiated messages, DELETE).
    /// Default <see langword="false"/>: every POST is served on its own. Requests on protocol
    /// 2026-07-28, which has no sessions, are served statelessly either way.
    /// </summary>
    public bool Stateful { get; set; }

    /// <summary>
    /// A stateful session with no request in flight for this long is closed. Positive, or
    /// <see cref="Timeout.InfiniteTimeSpan"/> to rely on <see cref="MaxIdleSessions"/> alone.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Beyond this many idle sessions, the oldest idle ones are closed. Keep it below
    /// <see cref="MaxSessions"/> if idle sessions should make room for new clients.
    /// </summary>
    public int MaxIdleSessions { get; set; } = 10_000;

    /// <summary>An initialize that would open more sessions than this is refused with 503.</summary>
    public int MaxSessions { get; set; } = 10_000;

    /// <summary>A POST body larger than this is refused with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
