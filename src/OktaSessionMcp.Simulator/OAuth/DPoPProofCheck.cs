using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OktaSessionMcp.Simulator.OAuth;

/// <summary>
/// RFC 9449 section 4.3, as Okta applies it: one proof JWT, typ dpop+jwt, an asymmetric alg, a public jwk that verifies
/// it, htm and htu of this request, a recent iat, an unused jti, the server's nonce, and on API calls the token's hash.
/// </summary>
internal static class DPoPProofCheck
{
    // How far a proof's iat may be from the server's clock, either way.
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    /// <summary>The proof's key thumbprint, or the reason it is refused; <see cref="DPoPVerdict.NeedsNonce"/> for a missing or stale nonce.</summary>
    public static DPoPVerdict Check(OAuthServer server, HttpRequest request, string? accessToken)
    {
        var values = request.Headers["DPoP"];
        if (values.Count != 1 || SimJws.TryParse(values[0]) is not { } proof)
        {
            return DPoPVerdict.Invalid("The DPoP proof JWT header is missing or malformed.");
        }

        if (SimJws.Text(proof.Header, "typ") != "dpop+jwt" || !proof.Header.TryGetProperty("jwk", out var jwk)
            || SimKeys.FromJwk(jwk) is not { } key)
        {
            return DPoPVerdict.Invalid("The DPoP proof must have typ dpop+jwt and a public jwk.");
        }

        using (key)
        {
            if (!proof.VerifiesWith(key))
            {
                return DPoPVerdict.Invalid("The DPoP proof signature is invalid.");
            }
        }

        var htu = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        if (proof.Claim("htm") != request.Method || proof.Claim("htu") != htu)
        {
            return DPoPVerdict.Invalid("The DPoP proof's htm or htu does not match the request.");
        }

        if (proof.NumericClaim("iat") is not { } iat || Math.Abs(iat - server.Now.ToUnixTimeSeconds()) > Skew.TotalSeconds)
        {
            return DPoPVerdict.Invalid("The DPoP proof's iat is missing or not recent.");
        }

        if (accessToken is not null && proof.Claim("ath") != Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))))
        {
            return DPoPVerdict.Invalid("The DPoP proof's ath does not match the access token.");
        }

        if (proof.Claim("nonce") != server.Nonce)
        {
            return DPoPVerdict.NeedsNonce;
        }

        // Checked last, so that a proof refused for its nonce can be fixed and sent again under a new jti.
        return proof.Claim("jti") is { Length: > 0 } jti && server.TryUseJti("dpop", jti, server.Now + Skew + Skew)
            ? DPoPVerdict.Accepted(SimKeys.Thumbprint(jwk))
            : DPoPVerdict.Invalid("The DPoP proof's jti is missing or was already used.");
    }
}
