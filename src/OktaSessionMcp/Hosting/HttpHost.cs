using System.Net;
using OktaSessionMcp.Security;
using OktaSessionMcp.StreamableHttp;

namespace OktaSessionMcp.Hosting;

/// <summary>The HTTP host: Streamable HTTP MCP at /mcp on 127.0.0.1:9090 unless configured otherwise.</summary>
public static class HttpHost
{
    public static WebApplication Build(IConfiguration configuration, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddSafeLogging();

        var server = builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        var address = ParseBindAddress(server.Bind);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, server.McpPort);
        });

        builder.Services.Configure<RequestOriginOptions>(o =>
        {
            Append(o.AllowedHosts, server.AllowedHosts);
            Append(o.AllowedOrigins, server.AllowedOrigins);
        });
        builder.Services.AddOktaSessionMcp(builder.Configuration);
        builder.Services.AddMcpStreamableHttp(o =>
        {
            o.Stateful = server.Stateful;
            o.IdleTimeout = TimeSpan.FromMinutes(server.SessionIdleMinutes);
            o.MaxSessions = server.MaxSessions;
        });

        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseMiddleware<RequestOriginGuard>();
        app.MapMcpStreamableHttp("/mcp");
        return app;
    }

    /// <summary>The server holds a token that can end any user's session: it refuses to listen beyond this machine.</summary>
    private static IPAddress ParseBindAddress(string bind)
    {
        var address = bind.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : IPAddress.TryParse(bind, out var parsed) ? parsed
            : throw new StartupException($"--bind '{bind}' is not an IP address. Use 127.0.0.1 (the default) or ::1.");
        if (!IPAddress.IsLoopback(address))
        {
            throw new StartupException(
                $"Refusing to listen on {bind}: this server holds an Okta API token that can end any user's session, and " +
                "inbound authentication is not configured, so anyone who can reach the port could use it. Keep the default " +
                "--bind 127.0.0.1 and put an authenticating reverse proxy in front if the server must be shared.");
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
