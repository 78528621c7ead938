using OktaSessionMcp.Simulator.Endpoints;
using OktaSessionMcp.Simulator.Faults;
using OktaSessionMcp.Simulator.Http;
using OktaSessionMcp.Simulator.OAuth;
using OktaSessionMcp.Simulator.Org;
using OktaSessionMcp.Simulator.Requests;

namespace OktaSessionMcp.Simulator;

/// <summary>Composes the simulator's own WebApplication: services, the middleware pipeline and the routes.</summary>
internal static class SimulatorApp
{
    public static WebApplication Build(SimulatorOptions options)
    {
        // The empty builder reads no appsettings.json, environment or command line and adds no logging, so the
        // simulator behaves the same standalone and embedded in a host that has its own configuration.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(BaseAddress.ParseBindAddress(options.BindAddress), options.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, OwnerControlledLifetime>();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SimulatedOrg>();
        builder.Services.AddSingleton<FaultState>();
        builder.Services.AddSingleton<RateLimiter>();
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddSingleton<BaseAddress>();
        builder.Services.AddSingleton<SessionPresenter>();
        builder.Services.AddSingleton<OAuthServer>();

        var app = builder.Build();
        // Order matters. Every request counts toward its rate-limit window on arrival, refused and faulted ones too.
        // The log records a request before anything can answer it. Faults model the network in front of Okta, so
        // they come before Okta's own checks: the rate limit, then the API key.
        app.UseMiddleware<OktaHeadersMiddleware>();
        // The token endpoint is Okta too: logged, faulted and rate-limit counted like the API.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.StartsWithSegments(TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase),
            api => api
                .UseMiddleware<RequestLogMiddleware>()
                .UseMiddleware<FaultMiddleware>()
                .UseMiddleware<RateLimitMiddleware>()
                .UseMiddleware<ApiKeyMiddleware>());

        app.MapAuthnEndpoints();
        app.MapSessionEndpoints();
        app.MapUserSessionEndpoints();
        app.MapTokenEndpoint();
        app.MapControlEndpoints();
        app.MapOAuthControlEndpoints();
        app.MapFallback((HttpRequest request) => OktaErrors.NotFound(request.Path.ToString(), "Endpoint"));
        return app;
    }
}
