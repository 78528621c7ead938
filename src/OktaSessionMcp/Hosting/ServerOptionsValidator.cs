using System.Net;
using OktaSessionMcp.Auth;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// The HTTP host's listeners: ports in range and distinct, an address to bind, and loopback unless callers must
/// authenticate (with OAuth, also told which resource URL tokens are for). Run at start-up (<c>ValidateOnStart</c>),
/// before any listener binds; every problem is reported at once.
/// </summary>
internal sealed class ServerOptionsValidator(AuthSettings auth) : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!IsPort(options.McpPort))
        {
            failures.Add($"--mcp-port {options.McpPort} is not a port: use 1 to 65535.");
        }

        if (options.RestEnabled && !IsPort(options.RestPort))
        {
            failures.Add($"--rest-port {options.RestPort} is not a port: use 1 to 65535, or 0 to turn the REST adapter off.");
        }

        if (options.RestEnabled && options.RestPort != 0 && options.RestPort == options.McpPort)
        {
            failures.Add(
                $"--rest-port and --mcp-port are both {options.RestPort}: the REST adapter and /mcp need ports of their own. " +
                "Change one, or turn the REST adapter off with --rest-port 0.");
        }

        if (BindAddress(options.Bind) is not { } address)
        {
            failures.Add($"--bind '{options.Bind}' is not an IP address. Use 127.0.0.1 (the default) or ::1.");
        }
        else if (!IPAddress.IsLoopback(address))
        {
            BeyondLoopback(options.Bind, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>What listening beyond this machine requires of the inbound security settings; the one place that says so.</summary>
    private void BeyondLoopback(string bind, List<string> failures)
    {
        if (!auth.IsEnabled)
        {
            // The server holds a token that can end any user's session: without inbound authentication it refuses to
            // listen beyond this machine.
            failures.Add(
                $"Refusing to listen on {bind}: this server holds an Okta API token that can end any user's session, and " +
                "inbound authentication is not configured, so anyone who can reach the port could use it. Keep the default " +
                "--bind 127.0.0.1, or configure authentication: --oauth-issuer <url> with --resource-url <url> (OAuth access " +
                "tokens), and/or --auth-keys-file <file> or MCP_AUTH_KEYS (static bearer keys); list the host name clients use in " +
                "--allowed-hosts, and serve it over TLS (a reverse proxy).");
        }
        else if (auth.Issuer is not null && auth.ResourceUrl is null && auth.Audience is null)
        {
            failures.Add(
                "--oauth-issuer with a non-loopback --bind needs --resource-url: the URL clients use to reach /mcp (e.g. " +
                "https://mcp.example.com/mcp). It is the audience access tokens must be issued for, and cannot be guessed from the bind address.");
        }
    }

    /// <summary>The address to listen on; null when <paramref name="bind"/> is neither an IP address nor localhost.</summary>
    public static IPAddress? BindAddress(string? bind) =>
        string.Equals(bind, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(bind, out var address) ? address
        : null;

    public static bool IsPort(int port) => port is >= 0 and <= IPEndPoint.MaxPort;
}
