namespace OktaSessionMcp.Hosting;

/// <summary>How the server is reached; bound from the "Server" configuration section (command line or environment).</summary>
public sealed class ServerOptions
{
    public const string Section = "Server";

    /// <summary>Serve MCP over stdin/stdout (Claude Desktop) instead of HTTP.</summary>
    public bool Stdio { get; set; }

    /// <summary>Start an Okta simulator in the process and point the client at it.</summary>
    public bool OktaSimulator { get; set; }

    /// <summary>With <see cref="OktaSimulator"/>: how the server authenticates to it, <c>ssws</c> or <c>oauth</c>.</summary>
    public string OktaAuth { get; set; } = "ssws";

    /// <summary>The address the HTTP endpoints listen on.</summary>
    public string Bind { get; set; } = "127.0.0.1";

    /// <summary>The port of the Streamable HTTP endpoint at /mcp.</summary>
    public int McpPort { get; set; } = 9090;

    /// <summary>Serve the REST adapter (the four Okta session operations under /v1) on <see cref="RestPort"/>.</summary>
    /// <remarks>The command line's <c>--rest-port 0</c> sets this to false.</remarks>
    public bool RestEnabled { get; set; } = true;

    /// <summary>
    /// The port of the REST adapter and its OpenAPI document. As with <see cref="McpPort"/>, 0 in configuration picks a
    /// free port (tests and scripts use that); only the command line's <c>--rest-port 0</c> means "off", as documented.
    /// </summary>
    public int RestPort { get; set; } = 8080;

    /// <summary>Keep MCP sessions (Mcp-Session-Id, GET stream, DELETE) instead of serving each request on its own.</summary>
    public bool Stateful { get; set; }

    /// <summary>Minutes a stateful session may stay idle before it is closed.</summary>
    public int SessionIdleMinutes { get; set; } = 30;

    /// <summary>The most stateful sessions kept at once.</summary>
    public int MaxSessions { get; set; } = 10_000;

    /// <summary>
    /// A StackExchange.Redis connection string (e.g. <c>redis.internal:6379,password=…,ssl=true</c>) for the state a fleet
    /// of instances shares: used confirmations, the per-caller rate limit and stateful sessions. Null: one instance.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>Comma-separated host names, beyond loopback, that requests may name.</summary>
    public string? AllowedHosts { get; set; }

    /// <summary>Comma-separated browser origins, beyond loopback, that may call the server.</summary>
    public string? AllowedOrigins { get; set; }
}
