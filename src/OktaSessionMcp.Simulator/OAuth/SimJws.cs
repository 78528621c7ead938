using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OktaSessionMcp.Simulator.OAuth;

/// <summary>
/// A compact JWS as the simulator receives it: parsed and verified here, on System.Security.Cryptography, without the
/// project's client (the simulator must catch that client's mistakes, not share them).
/// </summary>
internal sealed record SimJws(JsonElement Header, JsonElement Claims, byte[] SigningInput, byte[] Signature)
{
    public static SimJws? TryParse(string? compact)
    {
        var parts = compact?.Split('.');
        if (parts is not { Length: 3 })
        {
            return null;
        }

        try
        {
            var header = Json(parts[0]);
            var claims = Json(parts[1]);
            return header.ValueKind == JsonValueKind.Object && claims.ValueKind == JsonValueKind.Object
                ? new(header, claims, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64Url.DecodeFromChars(parts[2]))
                : null;
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return null;
        }
    }

    public string? Algorithm => Text(Header, "alg");

    /// <summary>RS256 with an RSA key, ES256 with a P-256 key, and a signature that verifies; nothing else.</summary>
    public bool VerifiesWith(AsymmetricAlgorithm key) => (Algorithm, key) switch
    {
        ("RS256", RSA rsa) => rsa.VerifyData(SigningInput, Signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        ("ES256", ECDsa ecdsa) => ecdsa.VerifyData(SigningInput, Signature, HashAlgorithmName.SHA256),
        _ => false,
    };

    public string? Claim(string name) => Text(Claims, name);

    public long? NumericClaim(string name) =>
        Claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    public static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement Json(string part) => JsonDocument.Parse(Base64Url.DecodeFromChars(part)).RootElement.Clone();
}
