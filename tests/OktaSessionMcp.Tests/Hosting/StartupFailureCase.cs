namespace OktaSessionMcp.Tests.Hosting;

/// <summary>
/// One way to start the server wrongly, and the names its message must contain. "{busy}" in an argument stands for a
/// port that another listener holds while the case runs.
/// </summary>
public sealed record StartupFailureCase(string Name, string[] Arguments, string[] MustName, IReadOnlyDictionary<string, string>? Environment = null)
{
    public const string BusyPort = "{busy}";

    private static readonly Dictionary<string, string> Okta = new() { ["OKTA_ORG_URL"] = "https://example.okta.com", ["OKTA_API_KEY"] = "test-token" };

    public static IReadOnlyList<StartupFailureCase> All { get; } =
    [
        new("mcp-port-in-use", ["--mcp-port", BusyPort, "--rest-port", "0"], ["--mcp-port", BusyPort, "/mcp"], Okta),
        new("rest-port-in-use", ["--mcp-port", "0", "--rest-port", BusyPort], ["--rest-port", BusyPort, "REST", "--rest-port 0"], Okta),
        new("mcp-port-out-of-range", ["--mcp-port", "99999"], ["--mcp-port", "Server__McpPort", "65535"], Okta),
        new("mcp-port-not-a-number", ["--mcp-port", "abc"], ["--mcp-port", "Server__McpPort"], Okta),
        new("rest-port-not-a-number-in-environment", [], ["--rest-port", "Server__RestPort"], With(Okta, "Server__RestPort", "eighty")),
        new("boolean", ["--mcp-port", "0", "--rest-port", "0", "--stateful=maybe"], ["--stateful", "Server__Stateful"], Okta),
        new("number", ["--mcp-port", "0", "--rest-port", "0", "--max-sessions", "lots"], ["--max-sessions", "Server__MaxSessions"], Okta),
        new("number-out-of-range", ["--mcp-port", "0", "--rest-port", "0", "--session-idle-minutes", "0"], ["--session-idle-minutes"], Okta),
        new("seconds", ["--mcp-port", "0", "--rest-port", "0", "--okta-attempt-timeout", "soon"], ["--okta-attempt-timeout", "Okta__AttemptTimeoutSeconds"], Okta),
        new("seconds-out-of-range", ["--mcp-port", "0", "--rest-port", "0", "--okta-total-timeout", "0"], ["--okta-total-timeout", "Okta__TotalTimeoutSeconds"], Okta),
        new("confirm-destructive", ["--mcp-port", "0", "--rest-port", "0", "--confirm-destructive", "sometimes"], ["--confirm-destructive", "always"], Okta),
        // Refused by SettingTypes, before any host is built (its message, not a later one): logging set-up never sees it.
        new("log-format", ["--mcp-port", "0", "--rest-port", "0", "--log-format", "xml"], ["--log-format 'xml' is not a log format (Server__LogFormat): use simple or json."], Okta),
        new("stdio-log-format-in-environment", ["--stdio"], ["--log-format 'json5' is not a log format (Server__LogFormat): use simple or json."], With(Okta, "Server__LogFormat", "json5")),
        new("log-level", ["--mcp-port", "0", "--rest-port", "0", "--log-level", "loud"], ["--log-level", "Logging__LogLevel__Default"], Okta),
        new("okta-settings-missing", ["--mcp-port", "0", "--rest-port", "0"], ["OKTA_ORG_URL", "--okta-org-url", "OKTA_API_KEY"]),
        new("okta-org-url-not-https", ["--mcp-port", "0", "--rest-port", "0"], ["OKTA_ORG_URL", "https"], With(Okta, "OKTA_ORG_URL", "http://example.okta.com")),
        new("auth-keys-file-unreadable", ["--mcp-port", "0", "--rest-port", "0", "--auth-keys-file", "/nonexistent/okta-session-mcp/keys"], ["--auth-keys-file", "Auth__KeysFile"], Okta),
        new("bind-not-an-address", ["--mcp-port", "0", "--rest-port", "0", "--bind", "nowhere"], ["--bind", "Server__Bind"], Okta),
        new("bind-beyond-loopback", ["--mcp-port", "0", "--rest-port", "0", "--bind", "0.0.0.0"], ["--bind", "--auth-keys-file"], Okta),
        new("oauth-issuer-not-https", ["--mcp-port", "0", "--rest-port", "0", "--oauth-issuer", "http://example.okta.com/oauth2/default"], ["--oauth-issuer", "Auth__OAuthIssuer", "https"], Okta),
        new("oauth-beyond-loopback-without-resource-url",
            ["--mcp-port", "0", "--rest-port", "0", "--bind", "0.0.0.0", "--oauth-issuer", "https://example.okta.com/oauth2/default"], ["--oauth-issuer", "--bind", "--resource-url"], Okta),
        new("stdio-okta-settings-missing", ["--stdio"], ["OKTA_ORG_URL", "OKTA_API_KEY"]),
        new("stdio-wrong-type", ["--stdio", "--confirm-destructive", "sometimes"], ["--confirm-destructive"], Okta),
    ];

    public override string ToString() => Name;

    private static Dictionary<string, string> With(Dictionary<string, string> environment, string name, string value) =>
        new(environment) { [name] = value };
}
