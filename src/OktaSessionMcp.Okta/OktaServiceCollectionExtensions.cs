using System.Net.Http.Headers;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Okta.Http;
using Polly;

namespace OktaSessionMcp.Okta;

/// <summary>Registers the Okta session client.</summary>
public static class OktaServiceCollectionExtensions
{
    private static readonly ProductInfoHeaderValue UserAgent = new(
        "okta-session-mcp",
        typeof(OktaServiceCollectionExtensions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    /// <summary>
    /// Registers <see cref="OktaClientOptions"/> (validated at start-up) and a typed <see cref="HttpClient"/> behind
    /// <see cref="IOktaSessionClient"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, typically from <c>OKTA_ORG_URL</c> and <c>OKTA_API_KEY</c>.</param>
    /// <returns>The client's builder, to add handlers (e.g. resilience) or replace the primary handler in tests.</returns>
    public static IHttpClientBuilder AddOktaSessionClient(this IServiceCollection services, Action<OktaClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<OktaClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OktaClientOptions>, OktaClientOptionsValidator>());
        services.TryAddTransient<OktaAuthorizationHandler>();

        return services
            .AddHttpClient<IOktaSessionClient, OktaSessionClient>((serviceProvider, client) =>
            {
                client.BaseAddress = serviceProvider.GetRequiredService<IOptions<OktaClientOptions>>().Value.OrgUrl;
                // The resilience pipeline owns both timeouts; HttpClient's own 100 s default would only blur them.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                client.DefaultRequestHeaders.UserAgent.Add(UserAgent);
            })
            // Outermost first: every attempt runs inside the pipeline, reads its whole body under the attempt
            // timeout, and is stamped with the auth header.
            .AddHttpMessageHandler(serviceProvider => new OktaResilienceHandler(
                CreatePipeline(serviceProvider.GetRequiredService<IOptions<OktaClientOptions>>().Value)))
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
            // The factory's default logging writes the request URI, which contains the session id.
            .RemoveAllLoggers();
    }

    /// <summary>
    /// The resilience pipeline of every call: a total timeout around a per-attempt timeout. Retries for 429/5xx,
    /// when they come, belong between the two, so each retry gets its own attempt timeout within the total.
    /// </summary>
    private static ResiliencePipeline<HttpResponseMessage> CreatePipeline(OktaClientOptions options) =>
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(options.TotalTimeout)
            .AddTimeout(options.AttemptTimeout)
            .Build();
}
