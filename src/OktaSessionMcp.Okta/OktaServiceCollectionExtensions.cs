using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Okta.Http;
using OktaSessionMcp.Okta.OAuth;
using OktaSessionMcp.Okta.Resilience;
using OktaSessionMcp.Okta.Telemetry;

namespace OktaSessionMcp.Okta;

/// <summary>Registers the Okta session client.</summary>
public static class OktaServiceCollectionExtensions
{
    private static readonly ProductInfoHeaderValue UserAgent = new(
        "okta-session-mcp",
        typeof(OktaServiceCollectionExtensions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    /// <summary>
    /// Registers <see cref="OktaClientOptions"/> (validated at start-up) and a typed <see cref="HttpClient"/> behind
    /// <see cref="IOktaSessionClient"/>, with the resilience pipeline every call goes through (timeouts, 429 and
    /// transient retries, a concurrency cap) and its metrics on an <c>IMeterFactory</c> Meter named
    /// <see cref="Telemetry.OktaTelemetry.Name"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, typically from <c>OKTA_ORG_URL</c> and <c>OKTA_API_KEY</c>.</param>
    /// <returns>The client's builder, to add handlers (e.g. an audit) or replace the primary handler in tests.</returns>
    public static IHttpClientBuilder AddOktaSessionClient(this IServiceCollection services, Action<OktaClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<OktaClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OktaClientOptions>, OktaClientOptionsValidator>());
        services.TryAddTransient<OktaAuthorizationHandler>();
        // One access token per process, shared by every handler instance the factory builds.
        services.TryAddSingleton<OktaAccessTokens>();
        services.AddMetrics();
        services.TryAddSingleton<OktaMetrics>();
        services.TryAddSingleton(serviceProvider => new ConcurrencySlot(serviceProvider.GetRequiredService<IOptions<OktaClientOptions>>().Value));

        var client = services
            .AddHttpClient<IOktaSessionClient, OktaSessionClient>((serviceProvider, client) =>
            {
                client.BaseAddress = serviceProvider.GetRequiredService<IOptions<OktaClientOptions>>().Value.OrgUrl;
                // The resilience pipeline owns both timeouts; HttpClient's own 100 s default would only blur them.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                client.DefaultRequestHeaders.UserAgent.Add(UserAgent);
            })
            // Outermost first. The call's state for the pipeline, and its timeouts told apart:
            .AddHttpMessageHandler(serviceProvider => new OktaCallHandler(
                serviceProvider.GetRequiredService<IOptions<OktaClientOptions>>().Value));
        // the pipeline (OktaPipeline: timeouts, retries, the concurrency cap), which runs what follows once per attempt:
        client.AddResilienceHandler(OktaPipeline.Name, static (pipeline, context) => OktaPipeline.Configure(pipeline, context.ServiceProvider));
        return client
            // each attempt counted and measured, its whole body read under the attempt timeout, and stamped with the
            // auth header (with OAuth, the token request of an attempt that needs one goes out from the auth handler
            // too, under the same attempt timeout and on the same connections).
            .AddHttpMessageHandler(serviceProvider => new OktaAttemptHandler(
                serviceProvider.GetRequiredService<OktaMetrics>(), serviceProvider.GetRequiredService<IOptions<OktaClientOptions>>().Value.TimeProvider))
            .AddHttpMessageHandler(serviceProvider => new OktaResponseBufferingHandler(
                serviceProvider.GetRequiredService<IOptions<OktaClientOptions>>().Value.MaxResponseBytes))
            .AddHttpMessageHandler<OktaAuthorizationHandler>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A redirect would carry the API token to wherever Okta (or an impostor) points.
                AllowAutoRedirect = false,
                // Reuse connections, but pick up DNS changes of the org within minutes.
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            // The pool above retires connections itself; the factory's default 2-minute handler rotation would instead
            // open a whole new pool of connections to Okta every 2 minutes under steady load.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The factory's default logging writes the request URI, which contains the session id.
            .RemoveAllLoggers();
    }
}
