namespace OktaSessionMcp.Auth;

/// <summary>
/// Inbound security, bound from the "Auth" configuration section (command line or environment). Authentication is on
/// when static keys or an OAuth issuer are configured; without either the server accepts loopback callers only.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The environment variable that holds raw static keys: comma-separated, each <c>key</c> or <c>name=key</c>.</summary>
    public const string KeysEnvironmentVariable = "MCP_AUTH_KEYS";

    /// <summary>A file of static bearer keys, one <c>name:sha256hex[:scope scope]</c> per line; '#' starts a comment.</summary>
    public string? KeysFile { get; set; }

    /// <summary>Raw static keys, as in <see cref="KeysEnvironmentVariable"/>; hashed at start-up, never kept.</summary>
    public string? Keys { get; set; }

    /// <summary>The OAuth authorization server whose JWT access tokens are accepted, e.g. an Okta custom authorization server.</summary>
    public string? OAuthIssuer { get; set; }

    /// <summary>The audience access tokens must carry; default <see cref="ResourceUrl"/> (RFC 8707).</summary>
    public string? OAuthAudience { get; set; }

    /// <summary>The canonical URL of this server's MCP endpoint; default http://{bind}:{mcp-port}/mcp.</summary>
    public string? ResourceUrl { get; set; }

    /// <summary>The scope that reading needs: read-only tools, tools/list, initialize, REST GET.</summary>
    public string ReadScope { get; set; } = "sessions:read";

    /// <summary>The scope that changing needs: every tool that is not read-only, REST POST and DELETE.</summary>
    public string ManageScope { get; set; } = "sessions:manage";

    /// <summary>Requests per caller per window; 0 turns the limit off.</summary>
    public int RateLimit { get; set; } = 1200;

    /// <summary>The rate limit's window in seconds.</summary>
    public int RateLimitWindowSeconds { get; set; } = 60;
}
