using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>A compact JWS taken apart and its signature checked, independently of the client's own JWT code.</summary>
public sealed record Jws(JsonElement Header, JsonElement Claims)
{
    public static Jws Verify(string compact, AsymmetricAlgorithm publicKey)
    {
        var parts = compact.Split('.');
        Assert.Equal(3, parts.Length);
        var input = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
        var signature = Base64Url.DecodeFromChars(parts[2]);
        var valid = publicKey switch
        {
            RSA rsa => rsa.VerifyData(input, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            ECDsa ecdsa => ecdsa.VerifyData(input, signature, HashAlgorithmName.SHA256),
            _ => false,
        };
        Assert.True(valid, "the signature does not verify with the expected public key");
        return new(Json(parts[0]), Json(parts[1]));
    }

    public string Text(string claim) => Claims.GetProperty(claim).GetString()!;

    public long Number(string claim) => Claims.GetProperty(claim).GetInt64();

    public static string Hash(string text) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(text)));

    /// <summary>The key a DPoP proof carries in its header, to verify the proof with.</summary>
    public static AsymmetricAlgorithm KeyOf(string compact)
    {
        var jwk = Json(compact.Split('.')[0]).GetProperty("jwk");
        if (jwk.GetProperty("kty").GetString() == "RSA")
        {
            return RSA.Create(new RSAParameters { Modulus = Bytes(jwk, "n"), Exponent = Bytes(jwk, "e") });
        }

        return ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Bytes(jwk, "x"), Y = Bytes(jwk, "y") },
        });
    }

    private static byte[] Bytes(JsonElement jwk, string name) => Base64Url.DecodeFromChars(jwk.GetProperty(name).GetString());

    private static JsonElement Json(string part) => JsonDocument.Parse(Base64Url.DecodeFromChars(part)).RootElement.Clone();
}
