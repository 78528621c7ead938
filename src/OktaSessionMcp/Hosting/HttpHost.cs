using System.Net;
using OktaSessionMcp.Audit;
using OktaSessionMcp.Auth;
using OktaSessionMcp.Fleet;
using OktaSessionMcp.Health;
using OktaSessionMcp.Rest;
using OktaSessionMcp.Security;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// The HTTP host: Streamable HTTP MCP at /mcp on 127.0.0.1:9090 and the REST adapter on 127.0.0.1:8080, two listeners
/// on the same address, unless configured otherwise.
/// </summary>
public static class HttpHost
{
    public static WebApplication Build(IConfiguration configuration, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddSafeLogging().AddLogFormat(builder.Configuration);

        var server = builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        var auth = builder.AddInboundSecurity();
        var address = ParseBindAddress(server.Bind, auth.IsEnabled);
        CheckPorts(server);
        var restListener = new RestListener();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, server.McpPort);
            if (server.RestEnabled)
            {
                kestrel.Listen(address, server.RestPort, restListener.Attach);
            }
        });

        builder.Services.Configure<RequestOriginOptions>(o =>
        {
            Append(o.AllowedHosts, server.AllowedHosts);
            Append(o.AllowedOrigins, server.AllowedOrigins);
        });
        builder.Services.AddOktaSessionMcp(builder.Configuration).WithMcpHttpTransport(server);
        builder.Services.AddHealthEndpoints();
        builder.AddFleetState(server, auth); // --redis: what the instances of a fleet share
        var drain = new ShutdownDrain(TimeSpan.FromSeconds(builder.Configuration.GetValue(ShutdownDrain.Key, 0)));
        builder.Services.AddHostedService(_ => drain);
        builder.Services.AddHealthChecks().AddCheck(nameof(ShutdownDrain), drain, tags: [HealthEndpoints.ReadyTag]);
        builder.Services.AddRestAdapter(restListener, server.RestEnabled);

        configure?.Invoke(builder);
        var app = builder.Build();

        // The request path, in order. The SDK does none of these; each says why in its own file.
        app.Use((context, next) =>
        {
            if (drain.IsDraining)
            {
                context.Response.Headers.Connection = "close"; // Server__DrainSeconds: see ShutdownDrain
            }

            return next(context);
        });
        app.UseMiddleware<RequestOriginGuard>(); // Host and Origin: DNS rebinding, and the MCP transport's Origin MUST
        app.UseMiddleware<RequestBodyLimit>(); // 1 MiB, with a reason, before anything reads the body
        app.UseMiddleware<QueryStringTokens>(); // a credential in the URL is refused, not ignored
        if (auth.IsEnabled)
        {
            app.UseAuthentication(); // also serves the RFC 9728 document (the SDK's McpAuth scheme)
        }

        if (auth.RateLimit > 0)
        {
            app.UseRateLimiter(); // after authentication: it partitions by caller
        }

        if (auth.IsEnabled)
        {
            app.UseAuthorization(); // 401 and 403 (InboundRefusals); the fallback policy covers the REST adapter
        }

        app.UseMiddleware<RestAudit>();
        app.UseMiddleware<McpBodyGuard>(); // what the SDK would answer with a 500 or log whole, refused before it reads the body
        app.UseFleetState(server); // --redis --stateful: each request renews its session's record in Redis
        app.MapGroup("").AllowAnonymous().MapHealthEndpoints(); // probes need no caller, and no rate limit applies to them
        var mcp = app.MapMcp(ProtectedResource.McpPath);
        if (auth.IsEnabled)
        {
            mcp.RequireAuthorization(InboundPolicies.OperationScope);
        }

        app.MapRestAdapter(server.RestEnabled);
        return app;
    }

    private static void CheckPorts(ServerOptions server)
    {
        if (server.McpPort is < 0 or > IPEndPoint.MaxPort)
        {
            throw new StartupException($"--mcp-port {server.McpPort} is not a port: use 1 to 65535.");
        }

        if (server.RestEnabled && server.RestPort is < 0 or > IPEndPoint.MaxPort)
        {
            throw new StartupException($"--rest-port {server.RestPort} is not a port: use 1 to 65535, or 0 to turn the REST adapter off.");
        }

        if (server.RestEnabled && server.RestPort != 0 && server.RestPort == server.McpPort)
        {
            throw new StartupException(
                $"--rest-port and --mcp-port are both {server.RestPort}: the REST adapter and /mcp need ports of their own. " +
                "Change one, or turn the REST adapter off with --rest-port 0.");
        }
    }

    /// <summary>
    /// The server holds a token that can end any user's session: without inbound authentication it refuses to listen
    /// beyond this machine.
    /// </summary>
    private static IPAddress ParseBindAddress(string bind, bool authenticates)
    {
        var address = bind.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : IPAddress.TryParse(bind, out var parsed) ? parsed
            : throw new StartupException($"--bind '{bind}' is not an IP address. Use 127.0.0.1 (the default) or ::1.");
        if (!IPAddress.IsLoopback(address) && !authenticates)
        {
            throw new StartupException(
                $"Refusing to listen on {bind}: this server holds an Okta API token that can end any user's session, and " +
                "inbound authentication is not configured, so anyone who can reach the port could use it. Keep the default " +
                "--bind 127.0.0.1, or configure authentication: --oauth-issuer <url> with --resource-url <url> (OAuth access " +
                "tokens), and/or --auth-keys-file <file> or MCP_AUTH_KEYS (static bearer keys); list the host name clients use in " +
                "--allowed-hosts, and serve it over TLS (a reverse proxy).");
        }

        return address;
    }

    private static void Append(IList<string> list, string? commaSeparated)
    {
        foreach (var item in (commaSeparated ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            list.Add(item);
        }
    }
}
