using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace OktaSessionMcp.Okta.OAuth;

/// <summary>
/// JSON Web Keys (RFC 7517/7518) by hand: System.Security.Cryptography has no JWK import or export, and these two
/// key types (RSA, EC P-256) need a dozen lines each, where Microsoft.IdentityModel would bring its token stack into the
/// Okta client (the host loads it only when inbound OAuth is configured) and its reflection-based JSON into a process
/// that is to publish as Native AOT.
/// </summary>
internal static class Jwk
{
    /// <summary>A private JWK, or a JWKS holding exactly one, as Okta's Admin Console offers to download it.</summary>
    public static (AsymmetricAlgorithm Key, string? KeyId) ImportPrivate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var jwk = document.RootElement;
        if (jwk.TryGetProperty("keys", out var keys))
        {
            jwk = keys.GetArrayLength() == 1 ? keys[0] : throw new FormatException("A JWKS must hold exactly one key.");
        }

        var keyId = jwk.TryGetProperty("kid", out var kid) ? kid.GetString() : null;
        return (Text(jwk, "kty") switch
        {
            "RSA" => ImportRsa(jwk),
            "EC" when Text(jwk, "crv") == "P-256" => ImportEc(jwk),
            _ => throw new FormatException("Only RSA and EC P-256 JWKs are supported."),
        }, keyId);
    }

    public static void WritePublic(AsymmetricAlgorithm key, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (key is RSA rsa)
        {
            var parameters = rsa.ExportParameters(false);
            writer.WriteString("kty", "RSA");
            writer.WriteString("e", Base64Url.EncodeToString(parameters.Exponent));
            writer.WriteString("n", Base64Url.EncodeToString(parameters.Modulus));
        }
        else if (key is ECDsa ecdsa)
        {
            var point = ecdsa.ExportParameters(false).Q;
            writer.WriteString("kty", "EC");
            writer.WriteString("crv", "P-256");
            writer.WriteString("x", Base64Url.EncodeToString(point.X));
            writer.WriteString("y", Base64Url.EncodeToString(point.Y));
        }

        writer.WriteEndObject();
    }

    private static RSA ImportRsa(JsonElement jwk)
    {
        var modulus = Bytes(jwk, "n");
        var half = (modulus.Length + 1) / 2;
        // Base64urlUInt drops leading zero octets; RSAParameters wants each value at its full length.
        var parameters = new RSAParameters
        {
            Modulus = modulus,
            Exponent = Bytes(jwk, "e"),
            D = Bytes(jwk, "d", modulus.Length),
            P = Bytes(jwk, "p", half),
            Q = Bytes(jwk, "q", half),
            DP = Bytes(jwk, "dp", half),
            DQ = Bytes(jwk, "dq", half),
            InverseQ = Bytes(jwk, "qi", half),
        };
        var rsa = RSA.Create();
        rsa.ImportParameters(parameters);
        return rsa;
    }

    private static ECDsa ImportEc(JsonElement jwk) => ECDsa.Create(new ECParameters
    {
        Curve = ECCurve.NamedCurves.nistP256,
        Q = new ECPoint { X = Bytes(jwk, "x", 32), Y = Bytes(jwk, "y", 32) },
        D = Bytes(jwk, "d", 32),
    });

    private static string? Text(JsonElement jwk, string name) =>
        jwk.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] Bytes(JsonElement jwk, string name, int length = 0)
    {
        var bytes = Base64Url.DecodeFromChars(Text(jwk, name) ?? throw new FormatException($"The JWK has no '{name}'."));
        if (bytes.Length >= length)
        {
            return bytes;
        }

        var padded = new byte[length];
        bytes.CopyTo(padded, length - bytes.Length);
        return padded;
    }
}
