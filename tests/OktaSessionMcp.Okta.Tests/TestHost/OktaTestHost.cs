using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RichardSzalay.MockHttp;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>
/// The client as the product builds it (AddOktaSessionClient: options, auth handler, timeouts, body limit), with
/// MockHttp as the only thing swapped: the primary handler.
/// </summary>
public sealed class OktaTestHost : IDisposable
{
    public const string OrgUrl = "https://example.okta.com";
    public const string ApiToken = "fake-test-api-token-not-a-real-okta-token";
    public const string SessionId = "102pLSAVyrgSYGZtsRyIXm-Kg";
    public const string SessionPath = "/api/v1/sessions/" + SessionId;
    public const string SessionToken = "20111sQr9Ck0gZkpQ2rGjtvOB1hZ9xkVYFqMcJz8dUAbsaA8L-YQ2Ew";

    private readonly ServiceProvider services;

    public OktaTestHost(Action<OktaClientOptions>? configure = null)
    {
        // Anything the test did not set up is recorded and answered with an unmistakable status.
        Http.Fallback.Respond(async request =>
        {
            Requests.Enqueue(await RecordedRequest.CaptureAsync(request));
            return new HttpResponseMessage(System.Net.HttpStatusCode.NotImplemented);
        });

        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Logs)));
        collection
            .AddOktaSessionClient(options =>
            {
                options.OrgUrl = new Uri(OrgUrl);
                options.ApiToken = ApiToken;
                // Retried gets and closes must not make every test wait half a second per retry.
                options.TransientRetryDelay = TimeSpan.FromMilliseconds(1);
                configure?.Invoke(options);
            })
            .ConfigurePrimaryHttpMessageHandler(() => Http);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public MockHttpMessageHandler Http { get; } = new();

    public FakeLogCollector Logs { get; } = new();

    /// <summary>Every request that reached the primary handler, matched or not.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public IOktaSessionClient Client => services.GetRequiredService<IOktaSessionClient>();

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with a fresh response from <paramref name="respond"/>, recording the request.</summary>
    public MockedRequest On(HttpMethod method, string path, Func<HttpResponseMessage> respond)
    {
        var mocked = Http.When(method, OrgUrl + path);
        mocked.Respond(async request =>
        {
            Requests.Enqueue(await RecordedRequest.CaptureAsync(request));
            return respond();
        });
        return mocked;
    }

    /// <summary>Answers any request with a fresh response from <paramref name="respond"/>, for tests about a response, not a route.</summary>
    public void OnAny(Func<HttpResponseMessage> respond) =>
        Http.Fallback.Respond(async request =>
        {
            Requests.Enqueue(await RecordedRequest.CaptureAsync(request));
            return respond();
        });

    public void Dispose()
    {
        services.Dispose();
        Http.Dispose();
    }
}
