namespace OktaSessionMcp.Hosting;

/// <summary>--help: every option and environment variable with its default.</summary>
public static class HelpText
{
    public const string Summary = "okta-session-mcp: an MCP server for Okta user sessions (create, get, refresh, close).";

    public static void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Summary);
        output.WriteLine();
        output.WriteLine("Usage: okta-session-mcp [options]");
        output.WriteLine();
        output.WriteLine("Options:");
        foreach (var option in CommandLine.Options)
        {
            var name = option.IsFlag ? option.Name : $"{option.Name} <value>";
            output.WriteLine($"  {name,-30} {option.Help}");
        }

        output.WriteLine($"  {"--help",-30} Show this help.");
        output.WriteLine($"  {"--version",-30} Show the version.");
        output.WriteLine();
        output.WriteLine("Environment:");
        output.WriteLine($"  {"OKTA_ORG_URL",-30} Your Okta org's URL (https; http only for loopback). Required unless --okta-simulator.");
        output.WriteLine($"  {"OKTA_API_KEY",-30} An Okta API token (sent as 'SSWS <token>'). Required unless --okta-simulator or OKTA_CLIENT_ID; with both, it serves create only.");
        output.WriteLine($"  {"OKTA_CLIENT_ID",-30} Client id of an Okta API Services app (OAuth 2.0 client credentials) for get, close and refresh.");
        output.WriteLine($"  {"OKTA_PRIVATE_KEY_FILE",-30} The app's private key: PEM (PKCS#8 RSA or EC P-256) or JWK. Required with OKTA_CLIENT_ID.");
        output.WriteLine($"  {"OKTA_KEY_ID",-30} The key's kid, sent in the client assertion. Default: the JWK's kid, else none.");
        output.WriteLine($"  {"OKTA_SCOPES",-30} Scopes requested, space-separated. Default '{OktaClientOptions.DefaultScopes}'.");
        output.WriteLine($"  {"Server__<Name>",-30} Any option above by its setting name, e.g. Server__McpPort=9191.");
        output.WriteLine($"  {"Logging__LogLevel__Default",-30} The log level, like --log-level.");
        output.WriteLine($"  {"Okta__<Name>",-30} The Okta client's limits, e.g. Okta__TransientRetryDelaySeconds=0.5 (README: Resilience).");
        output.WriteLine($"  {"Server__RestEnabled",-30} false turns the REST adapter off (like --rest-port 0).");
        output.WriteLine($"  {"Server__ShutdownSeconds",-30} How long SIGTERM waits for calls in flight. Default 20.");
        output.WriteLine($"  {"Server__DrainSeconds",-30} Behind a load balancer: seconds SIGTERM keeps serving (Connection: close, /readyz 503) before it stops listening. Default 0.");
        output.WriteLine($"  {"OTEL_EXPORTER_OTLP_ENDPOINT",-30} Export metrics and traces over OTLP to this endpoint. Default: off.");
        output.WriteLine($"  {"MCP_AUTH_KEYS",-30} Static bearer keys, comma-separated, each key or name:key (16+ characters); hashed at start-up.");
        output.WriteLine($"  {"Server__ConfirmationKey",-30} Base64 of 32+ random bytes signing 2026-07-28 confirmations; the same on every instance. Default: one per process.");
    }
}
