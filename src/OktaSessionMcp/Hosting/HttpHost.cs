using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

        var section = builder.Configuration.GetSection(ServerOptions.Section);
        var server = section.Get<ServerOptions>() ?? new ServerOptions();
        builder.Services.AddOptions<ServerOptions>().Bind(section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServerOptions>, ServerOptionsValidator>());
        var auth = builder.AddInboundSecurity();
        var restListener = new RestListener();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Listen only records the endpoints: ServerOptionsValidator refuses a bad address or port at start, before
            // anything binds, so a value it will refuse is left out here rather than thrown on.
            kestrel.AddServerHeader = false;
            var address = ServerOptionsValidator.BindAddress(server.Bind) ?? IPAddress.Loopback;
            if (ServerOptionsValidator.IsPort(server.McpPort))
            {
                kestrel.Listen(address, server.McpPort);
            }

            if (server.RestEnabled && ServerOptionsValidator.IsPort(server.RestPort))
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
        builder.AddFleetState(FleetSettings(server), auth); // --redis: what the instances of a fleet share
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
        app.UseFleetState(FleetSettings(server)); // --redis --stateful: each request renews its session's record in Redis
        app.MapGroup("").AllowAnonymous().MapHealthEndpoints(); // probes need no caller, and no rate limit applies to them
        var mcp = app.MapMcp(McpEndpoint.Path);
        if (auth.IsEnabled)
        {
            mcp.RequireAuthorization(InboundPolicies.OperationScope);
        }

        app.MapRestAdapter(server.RestEnabled);
        return app;
    }

    private static FleetState.Settings FleetSettings(ServerOptions server) =>
        new(server.Redis, server.Stateful, TimeSpan.FromMinutes(server.SessionIdleMinutes));

    private static void Append(IList<string> list, string? commaSeparated)
    {
        foreach (var item in (commaSeparated ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            list.Add(item);
        }
    }
}
