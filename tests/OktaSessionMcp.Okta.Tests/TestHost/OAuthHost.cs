using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using RichardSzalay.MockHttp;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>
/// The client in OAuth mode over MockHttp: a fresh key (RSA or P-256), a client id, a fake clock, and a scripted token
/// endpoint that records every token request it receives.
/// </summary>
public sealed class OAuthHost : IDisposable
{
    public const string ClientId = "0oa1serviceAppTest42";
    public const string TokenUrl = OktaTestHost.OrgUrl + "/oauth2/v1/token";
    public const string AccessToken = "eyJraWQiOiJ0ZXN0In0.access-token-canary-5f0c2a.sig";

    /// <param name="unreachable">The token endpoint fails as a refused connection does.</param>
    public OAuthHost(bool ec = false, string? apiToken = null, Action<OktaClientOptions>? configure = null, bool unreachable = false)
    {
        Key = ec ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : RSA.Create(2048);
        Pem = Key.ExportPkcs8PrivateKeyPem();
        Host = new OktaTestHost(options =>
        {
            options.ApiToken = apiToken;
            options.ClientId = ClientId;
            options.PrivateKey = Pem;
            options.TimeProvider = Clock;
            configure?.Invoke(options);
        });
        if (unreachable)
        {
            // MockHttp's own Throw: an exception from a Respond callback would leave the call hanging.
            Host.Http.When(HttpMethod.Post, TokenUrl).Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        }
        else
        {
            Host.On(HttpMethod.Post, "/oauth2/v1/token", NextTokenAnswer);
        }
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

    public AsymmetricAlgorithm Key { get; }

    public string Pem { get; }

    public OktaTestHost Host { get; }

    public IOktaSessionClient Client => Host.Client;

    /// <summary>Scripted token answers, in order; once empty, every request gets <see cref="DefaultTokenAnswer"/>.</summary>
    public ConcurrentQueue<Func<HttpResponseMessage>> TokenAnswers { get; } = new();

    public Func<HttpResponseMessage> DefaultTokenAnswer { get; set; } = () => Token();

    public IReadOnlyList<RecordedRequest> TokenRequests => [.. Host.Requests.Where(r => r.RawPathAndQuery == "/oauth2/v1/token")];

    public IReadOnlyList<RecordedRequest> ApiRequests => [.. Host.Requests.Where(r => r.RawPathAndQuery != "/oauth2/v1/token")];

    public static HttpResponseMessage Token(string type = "DPoP", int expiresIn = 3600, string token = AccessToken) => OktaResponses.Json(
        HttpStatusCode.OK,
        $$"""{"token_type":"{{type}}","expires_in":{{expiresIn}},"access_token":"{{token}}","scope":"okta.sessions.read okta.sessions.manage"}""");

    public static HttpResponseMessage TokenError(HttpStatusCode status, string error, string description, string? nonce = null)
    {
        var response = OktaResponses.Json(status, $$"""{"error":"{{error}}","error_description":"{{description}}"}""");
        if (nonce is not null)
        {
            response.Headers.Add("DPoP-Nonce", nonce);
        }

        return response;
    }

    /// <summary>An API refusal with Okta's WWW-Authenticate challenge.</summary>
    public static HttpResponseMessage Challenge(HttpStatusCode status, string parameters, string? nonce = null)
    {
        var response = status == HttpStatusCode.Forbidden
            ? OktaResponses.Error(status, "E0000006", "You do not have permission to perform the requested action")
            : OktaResponses.Error(status, "E0000011", "Invalid token provided");
        response.Headers.TryAddWithoutValidation("WWW-Authenticate", $"DPoP algs=\"RS256 ES256\", {parameters}");
        if (nonce is not null)
        {
            response.Headers.Add("DPoP-Nonce", nonce);
        }

        return response;
    }

    public Jws Assertion(RecordedRequest tokenRequest) =>
        Jws.Verify(Form(tokenRequest)["client_assertion"], Key);

    public Jws Proof(RecordedRequest request) => Jws.Verify(request.DPoP!, Key);

    public static Dictionary<string, string> Form(RecordedRequest request) =>
        request.Body!.Split('&').Select(pair => pair.Split('=')).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));

    public void Dispose()
    {
        Host.Dispose();
        Key.Dispose();
    }

    private HttpResponseMessage NextTokenAnswer() => TokenAnswers.TryDequeue(out var answer) ? answer() : DefaultTokenAnswer();
}
