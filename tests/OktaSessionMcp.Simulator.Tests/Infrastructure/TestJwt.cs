using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace OktaSessionMcp.Simulator.Tests.Infrastructure;

/// <summary>Signs the JWTs a client sends, by hand, so each test can get any one detail wrong on purpose.</summary>
public static class TestJwt
{
    public static string Sign(ECDsa key, JsonObject header, JsonObject claims)
    {
        header["alg"] ??= "ES256";
        var input = $"{Encode(header)}.{Encode(claims)}";
        return $"{input}.{Base64Url.EncodeToString(key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256))}";
    }

    public static JsonObject PublicJwk(ECDsa key)
    {
        var q = key.ExportParameters(false).Q;
        return new JsonObject { ["kty"] = "EC", ["crv"] = "P-256", ["x"] = Base64Url.EncodeToString(q.X), ["y"] = Base64Url.EncodeToString(q.Y) };
    }

    public static string Hash(string text) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(text)));

    public static string NewJti() => Guid.NewGuid().ToString("N");

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
