using OktaSessionMcp.Audit;
using OktaSessionMcp.Resilience;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// Turns the documented command-line options into configuration keys: a table lookup, because the configuration
/// command-line provider cannot take value-less flags such as --stdio. System.CommandLine 2.0 is on our feed now; a move
/// to it must keep this table's names, --help's text, and one line and exit code 2 for a bad value (SettingTypes,
/// StartupFailure).
/// </summary>
public static class CommandLine
{
    public sealed record CliOption(string Name, string Key, bool IsFlag, string Help);

    public static IReadOnlyList<CliOption> Options { get; } =
    [
        new("--okta-simulator", "Server:OktaSimulator", true, "Start an Okta simulator in this process and use it as the org (no Okta needed)."),
        new("--stdio", "Server:Stdio", true, "Serve MCP over stdin/stdout (for Claude Desktop) instead of HTTP."),
        new("--bind", "Server:Bind", false, "Address the HTTP endpoints listen on. Default 127.0.0.1."),
        new("--mcp-port", "Server:McpPort", false, "Port of the Streamable HTTP endpoint /mcp. Default 9090."),
        new("--rest-port", "Server:RestPort", false, "Port of the REST adapter (/v1/api/v1/sessions, /openapi/v1.json). Default 8080; 0 turns it off."),
        new("--stateful", "Server:Stateful", true, "Keep MCP sessions (Mcp-Session-Id, GET stream, DELETE). Default: stateless."),
        new("--session-idle-minutes", "Server:SessionIdleMinutes", false, "Idle minutes before a stateful session is closed. Default 30."),
        new("--max-sessions", "Server:MaxSessions", false, "Most stateful sessions kept at once. Default 10000."),
        new("--redis", "Server:Redis", false, "StackExchange.Redis connection string (host:port[,password=...]) for state shared by a fleet of instances: confirmations, rate limit, sessions. Default: none (one instance)."),
        new("--allowed-hosts", "Server:AllowedHosts", false, "Comma-separated host names, beyond loopback, that requests may name ('*' for any)."),
        new("--allowed-origins", "Server:AllowedOrigins", false, "Comma-separated browser origins, beyond loopback, allowed to call the server."),
        new("--read-only", "Server:ReadOnly", true, "Serve only read-only tools (get-details-about-session); the REST adapter refuses writes with 403."),
        new("--tools", "Server:Tools", false, "Comma-separated tool names: only these tools exist (listed and callable). Default: all."),
        new("--confirm-destructive", "Server:ConfirmDestructive", false, "always, never or auto: ask the person before closing a session. auto (default) asks when the client supports elicitation; always refuses when it cannot."),
        new("--auth-keys-file", "Auth:KeysFile", false, "File of static bearer keys, one name:sha256hex[:scopes] per line. Env MCP_AUTH_KEYS: raw keys, comma-separated, each key or name:key."),
        new("--oauth-issuer", "Auth:OAuthIssuer", false, "Accept JWT access tokens from this OAuth issuer, e.g. https://example.okta.com/oauth2/default."),
        new("--oauth-audience", "Auth:OAuthAudience", false, "The audience access tokens must carry. Default: the resource URL."),
        new("--resource-url", "Auth:ResourceUrl", false, "This server's canonical /mcp URL, as clients reach it (RFC 9728). Default http://<bind>:<mcp-port>/mcp."),
        new("--read-scope", "Auth:ReadScope", false, "Scope that read-only tools, tools/list and REST GET need. Default sessions:read."),
        new("--manage-scope", "Auth:ManageScope", false, "Scope that tools that change sessions and REST POST/DELETE need. Default sessions:manage."),
        new("--rate-limit", "Auth:RateLimit", false, "Requests per minute per caller (token subject, key, or remote address); 0 turns it off. Default 1200."),
        new("--log-format", LogFormat.Key, false, "simple (default) or json: one JSON object per log line on stderr, audit records included."),
        new("--log-level", LogLevels.Key, false, "Trace, Debug, Information (default), Warning, Error, Critical or None. At Debug a failed start also prints the whole exception."),
        new("--okta-org-url", "Okta:OrgUrl", false, "Your Okta org's URL, e.g. https://example.okta.com. Env: OKTA_ORG_URL."),
        new("--okta-client-id", OktaAuthSettings.ClientId, false, "Client id of an Okta API Services app: get, close and refresh use OAuth (private_key_jwt, DPoP). Env: OKTA_CLIENT_ID."),
        new("--okta-private-key-file", OktaAuthSettings.PrivateKeyFile, false, "That app's private key: PEM (PKCS#8 RSA or EC P-256) or a JWK file. Env: OKTA_PRIVATE_KEY_FILE."),
        new("--okta-auth", "Server:OktaAuth", false, "With --okta-simulator: ssws (default) or oauth (a key pair made at start-up; create still uses SSWS)."),
        new("--okta-attempt-timeout", OktaClientSettings.AttemptTimeoutSeconds, false, "Seconds one request to Okta may take. Default 10."),
        new("--okta-total-timeout", OktaClientSettings.TotalTimeoutSeconds, false, "Seconds one call to Okta may take, retries and waits included. Default 30."),
        new("--okta-max-rate-limit-wait", OktaClientSettings.MaxRateLimitWaitSeconds, false, "Longest wait for Okta's rate limit to reset before a retry; 0 never waits. Default 10."),
        new("--okta-max-concurrent-requests", OktaClientSettings.MaxConcurrentRequests, false, "Most requests in flight to Okta at once; more callers queue. Default 20."),
    ];

    public sealed record Result(IDictionary<string, string?> Values, bool Help, bool Version, string? Error);

    public static Result Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        bool help = false, version = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = Split(args[i]);
            if (name is "--help" or "-h" or "-?")
            {
                help = true;
                continue;
            }

            if (name is "--version")
            {
                version = true;
                continue;
            }

            var option = Options.FirstOrDefault(o => o.Name == name);
            if (option is null)
            {
                return new(values, help, version, $"Unknown option '{name}'. Run with --help to see the options.");
            }

            if (option.IsFlag)
            {
                values[option.Key] = inline ?? "true";
            }
            else if (inline is not null || (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)))
            {
                values[option.Key] = inline ?? args[++i];
            }
            else
            {
                return new(values, help, version, $"Option '{name}' needs a value. Run with --help to see the options.");
            }
        }

        return new(RestPortZeroMeansOff(values), help, version, null);
    }

    /// <summary>
    /// In configuration a port of 0 means "any free port" (tests and scripts rely on it); on the command line the issue
    /// promises that --rest-port 0 turns the REST adapter off, so that one value becomes Server:RestEnabled=false.
    /// </summary>
    private static Dictionary<string, string?> RestPortZeroMeansOff(Dictionary<string, string?> values)
    {
        if (values.TryGetValue("Server:RestPort", out var port) && port?.Trim() == "0")
        {
            values.Remove("Server:RestPort");
            values["Server:RestEnabled"] = "false";
        }

        return values;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && arg.StartsWith("--", StringComparison.Ordinal) ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
    }
}
