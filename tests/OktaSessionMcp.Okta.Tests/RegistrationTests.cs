using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Okta.Http;
using OktaSessionMcp.Okta.Resilience;

namespace OktaSessionMcp.Okta.Tests;

/// <summary>The registration builds the handler chain the product relies on, including the real primary handler.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public void AddOktaSessionClient_HandlerChain_IsCallPipelineAttemptBufferingAuthThenSocketsWithoutRedirectsOrLogging()
    {
        using var provider = Register();

        using var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(nameof(IOktaSessionClient));

        var chain = Chain(handler).ToList();
        Assert.DoesNotContain(chain, h => h is LoggingHttpMessageHandler or LoggingScopeHttpMessageHandler);
        // By name: the resilience handler (Microsoft.Extensions.Http.Resilience's) is marked experimental as a type.
        Assert.Equal(
            [nameof(OktaCallHandler), "ResilienceHandler", nameof(OktaAttemptHandler), nameof(OktaResponseBufferingHandler), nameof(OktaAuthorizationHandler), nameof(SocketsHttpHandler)],
            chain.Select(h => h.GetType()).Where(t => t.Assembly != typeof(IHttpMessageHandlerFactory).Assembly).Select(t => t.Name));
        var primary = Assert.IsType<SocketsHttpHandler>(chain[^1]);
        Assert.False(primary.AllowAutoRedirect);
        Assert.Equal(TimeSpan.FromMinutes(5), primary.PooledConnectionLifetime);
    }

    [Fact]
    public void AddOktaSessionClient_HandlerLifetime_IsInfiniteSoThePoolIsNeverRotated()
    {
        using var provider = Register();

        var options = provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(nameof(IOktaSessionClient));

        Assert.Equal(Timeout.InfiniteTimeSpan, options.HandlerLifetime);
    }

    [Fact]
    public void AddOktaSessionClient_HttpClient_HasOrgBaseAddressHeadersAndNoOwnTimeout()
    {
        using var provider = Register();

        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(IOktaSessionClient));

        Assert.Equal(new Uri("https://example.okta.com/"), client.BaseAddress);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
        Assert.Equal("application/json", client.DefaultRequestHeaders.Accept.ToString());
        Assert.StartsWith("okta-session-mcp/", client.DefaultRequestHeaders.UserAgent.ToString(), StringComparison.Ordinal);
        Assert.IsType<OktaSessionClient>(provider.GetRequiredService<IOktaSessionClient>());
    }

    private static ServiceProvider Register()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOktaSessionClient(options => (options.OrgUrl, options.ApiToken) = (new Uri("https://example.okta.com"), "00Token"));
        return services.BuildServiceProvider();
    }

    private static IEnumerable<HttpMessageHandler> Chain(HttpMessageHandler handler)
    {
        for (HttpMessageHandler? current = handler; current is not null; current = (current as DelegatingHandler)?.InnerHandler)
        {
            yield return current;
        }
    }
}
