using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using OktaSessionMcp.Audit;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// The server's command line on System.CommandLine: each row of <see cref="Options"/> (flag, configuration key, help)
/// becomes an option; the library tokenizes (<c>--name value</c>, <c>--name=value</c>), refuses unknown options and
/// missing values, and runs --help and --version. Values stay text and become configuration keys over the environment
/// (<see cref="ServerConfiguration"/>): <see cref="SettingTypes"/> checks each setting's type once, whichever source set
/// it, with one message naming the flag and the variable, and the source-generated binder binds them (no reflection).
/// A new option is one row here.
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
        new("--confirm-destructive", "Server:ConfirmDestructive", false, "always, never or auto: ask the person before closing a session. auto (default) asks when the client supports elicitation, and refuses a client that renders MCP Apps views but cannot ask; always refuses when it cannot."),
        new("--auth-keys-file", "Auth:KeysFile", false, "File of static bearer keys, one name:sha256hex[:scopes] per line. Env MCP_AUTH_KEYS: raw keys, comma-separated, each key or name:key."),
        new("--oauth-issuer", "Auth:OAuthIssuer", false, "Accept JWT access tokens from this OAuth issuer, e.g. https://example.okta.com/oauth2/default."),
        new("--oauth-audience", "Auth:OAuthAudience", false, "The audience access tokens must carry. Default: the resource URL."),
        new("--resource-url", "Auth:ResourceUrl", false, "This server's canonical /mcp URL, as clients reach it (RFC 9728). Default http://<bind>:<mcp-port>/mcp."),
        new("--read-scope", "Auth:ReadScope", false, "Scope that read-only tools, tools/list and REST GET need. Default sessions:read."),
        new("--manage-scope", "Auth:ManageScope", false, "Scope that tools that change sessions and REST POST/DELETE need. Default sessions:manage."),
        new("--rate-limit", "Auth:RateLimit", false, "Requests per minute per caller (token subject, key, or remote address); 0 turns it off. Default 1200."),
        new("--log-format", LogFormat.Key, false, "simple (default) or json: one JSON object per log line on stderr, audit records included."),
        new("--log-level", LogLevels.Key, false, "Trace, Debug, Information (default), Warning, Error, Critical or None. At Debug a failed start also prints the whole exception."),
        new("--okta-org-url", OktaSettings.OrgUrl, false, "Your Okta org's URL, e.g. https://example.okta.com. Env: OKTA_ORG_URL."),
        new("--okta-client-id", OktaSettings.ClientId, false, "Client id of an Okta API Services app: get, close and refresh use OAuth (private_key_jwt, DPoP). Env: OKTA_CLIENT_ID."),
        new("--okta-private-key-file", OktaSettings.PrivateKeyFile, false, "That app's private key: PEM (PKCS#8 RSA or EC P-256) or a JWK file. Env: OKTA_PRIVATE_KEY_FILE."),
        new("--okta-auth", "Server:OktaAuth", false, "With --okta-simulator: ssws (default) or oauth (a key pair made at start-up; create still uses SSWS)."),
        new("--okta-attempt-timeout", OktaSettings.AttemptTimeoutSeconds, false, "Seconds one request to Okta may take. Default 10."),
        new("--okta-total-timeout", OktaSettings.TotalTimeoutSeconds, false, "Seconds one call to Okta may take, retries and waits included. Default 30."),
        new("--okta-max-rate-limit-wait", OktaSettings.MaxRateLimitWaitSeconds, false, "Longest wait for Okta's rate limit to reset before a retry; 0 never waits. Default 10."),
        new("--okta-max-concurrent-requests", OktaSettings.MaxConcurrentRequests, false, "Most requests in flight to Okta at once; more callers queue. Default 20."),
    ];

    /// <summary>The values given, as configuration keys; or the one-line error for a bad command line.</summary>
    /// <param name="Parsed">What System.CommandLine made of it: its <c>Action</c> is --help's or --version's, if given.</param>
    public sealed record Result(IDictionary<string, string?> Values, string? Error, ParseResult Parsed);

    private static readonly RootCommand Command = CreateCommand();

    /// <summary>Arguments are taken as typed: no @file response files, which the library would otherwise expand.</summary>
    private static readonly ParserConfiguration Configuration = new() { ResponseFileTokenReplacer = null };

    public static Result Parse(IReadOnlyList<string> args)
    {
        var parsed = Command.Parse(args, Configuration);
        if (parsed.Errors.Count > 0)
        {
            // An option's own error first: after --read-scope --stdio x, the stray 'x' is only a consequence of it.
            var first = parsed.Errors.OrderBy(error => error.SymbolResult is CommandResult ? 1 : 0).First();
            return new(new Dictionary<string, string?>(), $"{first.Message} Run with --help to see the options.", parsed);
        }

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var option in Command.Options.OfType<Option<string>>())
        {
            if (parsed.GetResult(option) is { Implicit: false } given)
            {
                // A flag given without a value means true; with one (--stateful=false), the value as typed.
                values[Key(option)] = given.Tokens.Count == 0 ? "true" : given.Tokens[^1].Value;
            }
        }

        return new(RestPortZeroMeansOff(values), null, parsed);
    }

    private static RootCommand CreateCommand()
    {
        var command = new RootCommand(HelpText.Summary);
        foreach (var row in Options)
        {
            // A flag takes an optional value, so that --stateful=maybe reaches SettingTypes and is reported by name
            // (an Option<bool> would leave 'maybe' unmatched and report only that).
            var option = new Option<string>(row.Name)
            {
                Description = row.Help,
                Arity = row.IsFlag ? ArgumentArity.ZeroOrOne : ArgumentArity.ExactlyOne,
            };
            option.Validators.Add(NotAnotherOption);
            command.Options.Add(option);
        }

        command.Options.OfType<HelpOption>().Single().Action = new WriteHelp();
        command.Options.OfType<VersionOption>().Single().Action = new WriteVersion();
        return command;
    }

    /// <summary>
    /// The library gives an option that needs a value the next argument even when that is another option
    /// (<c>--read-scope --stdio</c>); a forgotten value would then swallow the next option silently, so it is refused.
    /// </summary>
    private static void NotAnotherOption(OptionResult result)
    {
        if (result.Tokens.Count > 0 && Options.Any(row => row.Name == result.Tokens[^1].Value))
        {
            result.AddError($"Option '{result.Option.Name}' needs a value.");
        }
    }

    private static string Key(Option option) => Options.First(row => row.Name == option.Name).Key;

    /// <summary>
    /// The library's help layout cannot be extended in 2.0 (its HelpBuilder is internal) and would show each flag as
    /// taking a value; ours lists the same options from this table, then the environment variables.
    /// </summary>
    private sealed class WriteHelp : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            HelpText.Write(parseResult.InvocationConfiguration.Output);
            return 0;
        }
    }

    /// <summary>The server's name and three-part version, as the MCP handshake reports them, without a commit hash.</summary>
    private sealed class WriteVersion : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(
                $"{McpServerSetup.ServerName} {typeof(McpServerSetup).Assembly.GetName().Version?.ToString(3)}");
            return 0;
        }
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
}
