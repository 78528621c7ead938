using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelContextProtocol.AspNetCore.Authentication;
using OktaSessionMcp.Audit;

namespace OktaSessionMcp.Auth;

/// <summary>
/// The HTTP host's inbound security services, on ASP.NET Core's model: authentication (static keys, then OAuth access
/// tokens with JwtBearer; the SDK's McpAuth scheme for the RFC 9728 document), the per-caller rate limit, and
/// authorization by scope. HttpHost puts the middleware in order.
/// </summary>
internal static class InboundSecurity
{
    /// <summary>
    /// Reads the "Auth" settings and registers the services; <see cref="AuthOptionsValidator"/> checks them at start.
    /// Without keys or an issuer no authentication service is registered, so none runs.
    /// </summary>
    public static AuthSettings AddInboundSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = AuthSettings.Load(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddOptions<AuthOptions>()
            .Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .Configure(options => options.Keys = null) // hashed into settings above; the options copy keeps no raw key
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>());
        services.AddSingleton<ProtectedResource>();
        services.AddSingleton<RequiredAccess>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditLog>();
        if (settings.IsEnabled)
        {
            services.AddInboundAuthentication(settings);
            services.AddInboundAuthorization();
        }

        if (settings.RateLimit > 0)
        {
            services.AddInboundRateLimiting(settings);
        }

        return settings;
    }

    private static void AddInboundAuthentication(this IServiceCollection services, AuthSettings settings)
    {
        // One default scheme that knows every caller, so the rate limiter (after UseAuthentication) partitions by it.
        var scheme = settings.Keys.IsEmpty ? JwtBearerDefaults.AuthenticationScheme : StaticKeyAuthenticationHandler.SchemeName;
        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = scheme;
            options.DefaultChallengeScheme = McpAuthenticationDefaults.AuthenticationScheme;
        });
        if (!settings.Keys.IsEmpty)
        {
            authentication.AddScheme<StaticKeyAuthenticationOptions, StaticKeyAuthenticationHandler>(StaticKeyAuthenticationHandler.SchemeName,
                options => options.FallbackScheme = settings.Issuer is null ? null : JwtBearerDefaults.AuthenticationScheme);
        }

        if (settings.Issuer is not null)
        {
            AddOAuthBearer(authentication);
        }

        authentication.AddMcp(options =>
        {
            options.ForwardAuthenticate = scheme;
            options.Events.OnResourceMetadataRequest = ProtectedResourceDocument.OnRequestAsync;
        });
    }

    // A method of its own, never inlined, that names no JwtBearer type outside it: a server without an issuer then never
    // loads JwtBearer or IdentityModel (docs/benchmarks.md, idle memory).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOAuthBearer(AuthenticationBuilder authentication)
    {
        authentication.AddJwtBearer();
        authentication.Services.ConfigureOptions<OAuthBearerSetup>();
        authentication.Services.AddSingleton<OAuthBearerEvents>();
    }
}
