namespace OktaSessionMcp.Hosting;

/// <summary>
/// Turns the documented command-line options into configuration keys. Hand-written because it is a
/// table lookup: the configuration command-line provider cannot take value-less flags such as --stdio, and
/// System.CommandLine is not available from our package feed.
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
        new("--stateful", "Server:Stateful", true, "Keep MCP sessions (Mcp-Session-Id, GET stream, DELETE). Default: stateless."),
        new("--session-idle-minutes", "Server:SessionIdleMinutes", false, "Idle minutes before a stateful session is closed. Default 30."),
        new("--max-sessions", "Server:MaxSessions", false, "Most stateful sessions kept at once. Default 10000."),
        new("--allowed-hosts", "Server:AllowedHosts", false, "Comma-separated host names, beyond loopback, that requests may name ('*' for any)."),
        new("--allowed-origins", "Server:AllowedOrigins", false, "Comma-separated browser origins, beyond loopback, allowed to call the server."),
        new("--okta-org-url", "Okta:OrgUrl", false, "Your Okta org's URL, e.g. https://example.okta.com. Env: OKTA_ORG_URL."),
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
                return new(values, help, version, $"CliOption '{name}' needs a value. Run with --help to see the options.");
            }
        }

        return new(values, help, version, null);
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && arg.StartsWith("--", StringComparison.Ordinal) ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
    }
}
