using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OktaSessionMcp.Simulator.OAuth;

/// <summary>Public keys as the org learns them: the app's registered key (PEM or JWKS) and a DPoP proof's jwk.</summary>
internal static class SimKeys
{
    /// <summary>The key registered on the app: a PEM public key, or a JWK or a JWKS with one key.</summary>
    public static AsymmetricAlgorithm LoadPublic(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.TrimStart().StartsWith('{'))
        {
            using var document = JsonDocument.Parse(text);
            var jwk = document.RootElement.TryGetProperty("keys", out var keys) ? keys[0] : document.RootElement;
            return FromJwk(jwk) ?? throw new ArgumentException("The OAuth client key JWK is not an RSA or EC P-256 key.", nameof(text));
        }

        if (TryRsa(text) is { } rsa)
        {
            return rsa;
        }

        var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(text);
        return ecdsa;
    }

    /// <summary>A public JWK (RSA or EC P-256), or null for anything else, a private one included.</summary>
    public static AsymmetricAlgorithm? FromJwk(JsonElement jwk)
    {
        if (jwk.ValueKind != JsonValueKind.Object || jwk.TryGetProperty("d", out _))
        {
            return null;
        }

        try
        {
            return (SimJws.Text(jwk, "kty"), SimJws.Text(jwk, "crv")) switch
            {
                ("RSA", _) => RSA.Create(new RSAParameters { Modulus = Bytes(jwk, "n"), Exponent = Bytes(jwk, "e") }),
                ("EC", "P-256") => ECDsa.Create(new ECParameters
                {
                    Curve = ECCurve.NamedCurves.nistP256,
                    Q = new ECPoint { X = Bytes(jwk, "x"), Y = Bytes(jwk, "y") },
                }),
                _ => null,
            };
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The JWK SHA-256 thumbprint (RFC 7638): the required members in lexicographic order, no whitespace.</summary>
    public static string Thumbprint(JsonElement jwk)
    {
        var canonical = SimJws.Text(jwk, "kty") == "RSA"
            ? $$"""{"e":"{{SimJws.Text(jwk, "e")}}","kty":"RSA","n":"{{SimJws.Text(jwk, "n")}}"}"""
            : $$"""{"crv":"{{SimJws.Text(jwk, "crv")}}","kty":"EC","x":"{{SimJws.Text(jwk, "x")}}","y":"{{SimJws.Text(jwk, "y")}}"}""";
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static RSA? TryRsa(string pem)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return rsa;
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            return null;
        }
    }

    private static byte[] Bytes(JsonElement jwk, string name) =>
        Base64Url.DecodeFromChars(SimJws.Text(jwk, name) ?? throw new FormatException($"no {name}"));
}
