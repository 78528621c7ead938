using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OktaSessionMcp.Tests.Auth;

/// <summary>
/// A local OAuth authorization server for tests: OpenID metadata and a JWKS with an RSA key made here, on a free
/// loopback port, and tokens signed with that key (or, for the bad-signature case, with another key of the same kid).
/// </summary>
internal sealed class TestIssuer : IAsyncDisposable
{
    public const string KeyId = "test-key-1";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _impostor = RSA.Create(2048);
    private readonly WebApplication _app;

    private TestIssuer(WebApplication app, string issuer)
    {
        _app = app;
        Issuer = issuer;
    }

    public string Issuer { get; }

    public static async Task<TestIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        TestIssuer? issuer = null; // the port, and so the issuer's URL, is known only once started
        app.MapGet("/oauth2/test/.well-known/openid-configuration", () => Results.Text(issuer!.Discovery(), "application/json"));
        app.MapGet("/oauth2/test/v1/keys", () => Results.Text(issuer!.Jwks(), "application/json"));
        await app.StartAsync();
        issuer = new TestIssuer(app, $"{app.Urls.First().TrimEnd('/')}/oauth2/test");
        return issuer;
    }

    /// <param name="scopes">Okta's form: the "scp" claim, an array.</param>
    public string Token(string audience, string[] scopes, string subject = "00u-test-user", TimeSpan? expiresIn = null, bool impostor = false)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(5));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            IssuedAt = expires.AddMinutes(-10),
            NotBefore = expires.AddMinutes(-10),
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", subject)]),
            Claims = new Dictionary<string, object> { ["scp"] = scopes },
            SigningCredentials = new SigningCredentials(
                new RsaSecurityKey(impostor ? _impostor : _key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
        _impostor.Dispose();
    }

    private string Discovery() =>
        $$"""{"issuer":"{{Issuer}}","jwks_uri":"{{Issuer}}/v1/keys","authorization_endpoint":"{{Issuer}}/v1/authorize","token_endpoint":"{{Issuer}}/v1/token","response_types_supported":["code"],"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}""";

    private string Jwks()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return $$"""{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"{{KeyId}}","n":"{{Base64UrlEncoder.Encode(parameters.Modulus)}}","e":"{{Base64UrlEncoder.Encode(parameters.Exponent)}}"}]}""";
    }
}
