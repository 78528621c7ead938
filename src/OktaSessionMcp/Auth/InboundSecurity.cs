using Microsoft.Extensions.DependencyInjection.Extensions;
using OktaSessionMcp.Audit;

namespace OktaSessionMcp.Auth;

/// <summary>
/// The HTTP host's inbound security, in one place: protected resource metadata, authentication (static keys, OAuth),
/// the per-caller rate limit, authorization by scope, and the REST audit trail.
/// </summary>
public static class InboundSecurity
{
    /// <summary>
    /// Reads and checks the "Auth" settings and registers the services; throws <see cref="Hosting.StartupException"/>
    /// naming what to fix.
    /// </summary>
    /// <returns>Whether callers must authenticate (only then may the server listen beyond loopback).</returns>
    public static bool AddInboundSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = AuthSettings.Load(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton<ProtectedResource>();
        services.AddSingleton<RequiredAccess>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditLog>();
        if (settings.Issuer is not null)
        {
            // Only with an issuer: without one the validator has nothing to do, and loading IdentityModel costs memory.
            services.AddSingleton<OAuthTokenValidator>();
            services.AddHttpClient(OAuthTokenValidator.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        }

        if (settings.RateLimit > 0)
        {
            services.AddInboundRateLimiting(settings);
        }

        return settings.IsEnabled;
    }

    /// <summary>Adds the middleware, after the Host/Origin guard and before the endpoints.</summary>
    public static WebApplication UseInboundSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ProtectedResourceMetadataEndpoint>();
        app.UseMiddleware<InboundAuthentication>();
        if (app.Services.GetRequiredService<AuthSettings>().RateLimit > 0)
        {
            app.UseRateLimiter();
        }

        app.UseMiddleware<InboundAuthorization>();
        app.UseMiddleware<RestAudit>();
        return app;
    }
}
