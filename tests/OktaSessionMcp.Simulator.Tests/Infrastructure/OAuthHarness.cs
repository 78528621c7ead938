using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace OktaSessionMcp.Simulator.Tests.Infrastructure;

/// <summary>
/// A simulator with one OAuth API Services app and a client that speaks to it: assertions, proofs, token requests and
/// API calls, each with a hook to spoil one detail.
/// </summary>
public sealed class OAuthHarness : IAsyncDisposable
{
    public const string ClientId = "0oaSimTestApp";

    private OAuthHarness(SimulatorHarness sim, ECDsa key)
    {
        Sim = sim;
        Key = key;
    }

    public SimulatorHarness Sim { get; }

    public ECDsa Key { get; }

    public string TokenUrl => $"{Sim.Simulator.BaseUrl.GetLeftPart(UriPartial.Authority)}/oauth2/v1/token";

    public long Now => Sim.Clock.GetUtcNow().ToUnixTimeSeconds();

    public static async Task<OAuthHarness> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var sim = await SimulatorHarness.StartAsync(options =>
        {
            options.OAuthClientId = ClientId;
            options.OAuthClientKey = key.ExportSubjectPublicKeyInfoPem();
            configure?.Invoke(options);
        });
        return new OAuthHarness(sim, key);
    }

    public JsonObject AssertionClaims() => new()
    {
        ["iss"] = ClientId, ["sub"] = ClientId, ["aud"] = TokenUrl, ["iat"] = Now, ["exp"] = Now + 300, ["jti"] = TestJwt.NewJti(),
    };

    public JsonObject ProofClaims(string method, string url, string? nonce = null, string? accessToken = null)
    {
        var claims = new JsonObject { ["jti"] = TestJwt.NewJti(), ["htm"] = method, ["htu"] = url, ["iat"] = Now };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        if (accessToken is not null)
        {
            claims["ath"] = TestJwt.Hash(accessToken);
        }

        return claims;
    }

    public string Proof(JsonObject claims, ECDsa? key = null) =>
        TestJwt.Sign(key ?? Key, new JsonObject { ["typ"] = "dpop+jwt", ["jwk"] = TestJwt.PublicJwk(key ?? Key) }, claims);

    /// <summary>A token request; <paramref name="proof"/> null sends none, <paramref name="form"/> overrides fields.</summary>
    public async Task<HttpResponseMessage> RequestTokenAsync(string? proof, JsonObject? assertionClaims = null, ECDsa? signingKey = null, Dictionary<string, string>? form = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = "okta.sessions.read okta.sessions.manage",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = TestJwt.Sign(signingKey ?? Key, new JsonObject { ["typ"] = "JWT" }, assertionClaims ?? AssertionClaims()),
        };
        foreach (var (name, value) in form ?? [])
        {
            fields[name] = value;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, TokenUrl) { Content = new FormUrlEncodedContent(fields) };
        if (proof is not null)
        {
            request.Headers.TryAddWithoutValidation("DPoP", proof);
        }

        return await Sim.Http.SendAsync(request);
    }

    /// <summary>The nonce challenge answered, then a DPoP token: (token, nonce).</summary>
    public async Task<(string Token, string Nonce)> DPoPTokenAsync(string scope = "okta.sessions.read okta.sessions.manage")
    {
        using var challenge = await RequestTokenAsync(Proof(ProofClaims("POST", TokenUrl)), form: new() { ["scope"] = scope });
        var nonce = challenge.Headers.GetValues("DPoP-Nonce").Single();
        using var issued = await RequestTokenAsync(Proof(ProofClaims("POST", TokenUrl, nonce)), form: new() { ["scope"] = scope });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        return ((await SimulatorHarness.JsonAsync(issued)).GetProperty("access_token").GetString()!, nonce);
    }

    public async Task<HttpResponseMessage> CallAsync(HttpMethod method, string path, string authorization, string? proof)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        if (proof is not null)
        {
            request.Headers.TryAddWithoutValidation("DPoP", proof);
        }

        return await Sim.Http.SendAsync(request);
    }

    public string Url(string path) => Sim.Simulator.BaseUrl.GetLeftPart(UriPartial.Authority) + path;

    public async ValueTask DisposeAsync()
    {
        await Sim.DisposeAsync();
        Key.Dispose();
    }
}
