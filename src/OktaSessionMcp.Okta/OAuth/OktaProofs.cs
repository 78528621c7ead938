using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OktaSessionMcp.Okta.OAuth;

/// <summary>
/// The two JWTs the client signs: the private_key_jwt client assertion (RFC 7523, as Okta's org authorization server
/// takes it) and the DPoP proof (RFC 9449) of each request. Both are single-use: a fresh jti every time.
/// </summary>
internal static class OktaProofs
{
    public const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /// <summary>Okta accepts an assertion for at most an hour; a short life limits what a leaked one is worth.</summary>
    public static readonly TimeSpan AssertionLifetime = TimeSpan.FromMinutes(5);

    public static string ClientAssertion(OktaSigningKey key, string clientId, Uri tokenUrl, DateTimeOffset now) => OktaJwt.Create(
        key,
        header =>
        {
            header.WriteString("typ", "JWT");
            if (key.KeyId is { Length: > 0 } kid)
            {
                header.WriteString("kid", kid);
            }
        },
        claims =>
        {
            claims.WriteString("iss", clientId);
            claims.WriteString("sub", clientId);
            claims.WriteString("aud", tokenUrl.AbsoluteUri);
            claims.WriteNumber("iat", now.ToUnixTimeSeconds());
            claims.WriteNumber("exp", (now + AssertionLifetime).ToUnixTimeSeconds());
            claims.WriteString("jti", NewJti());
        });

    /// <summary>A proof for one request: <paramref name="accessToken"/> is bound by its hash (ath) on API calls, absent on the token request.</summary>
    public static string DPoP(OktaSigningKey key, HttpMethod method, Uri url, DateTimeOffset now, string? nonce, string? accessToken) => OktaJwt.Create(
        key,
        header =>
        {
            header.WriteString("typ", "dpop+jwt");
            header.WritePropertyName("jwk");
            key.WritePublicJwk(header);
        },
        claims =>
        {
            claims.WriteString("jti", NewJti());
            claims.WriteString("htm", method.Method);
            claims.WriteString("htu", TargetUri(url));
            claims.WriteNumber("iat", now.ToUnixTimeSeconds());
            if (nonce is not null)
            {
                claims.WriteString("nonce", nonce);
            }

            if (accessToken is not null)
            {
                claims.WriteString("ath", Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))));
            }
        });

    /// <summary>RFC 9449's htu: the request URI without query and fragment.</summary>
    public static string TargetUri(Uri url) => url.GetLeftPart(UriPartial.Path);

    private static string NewJti() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
}
