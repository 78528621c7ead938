using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace OktaSessionMcp.Okta.OAuth;

/// <summary>
/// Writes a compact JWS: two small JSON objects and one signature. Hand-written (see <see cref="Jwk"/> for why no
/// IdentityModel); the format is base64url(header) "." base64url(claims) "." base64url(signature).
/// </summary>
internal static class OktaJwt
{
    public static string Create(OktaSigningKey key, Action<Utf8JsonWriter> header, Action<Utf8JsonWriter> claims)
    {
        var signingInput = $"{Encode(writer =>
        {
            writer.WriteString("alg", key.Algorithm);
            header(writer);
        })}.{Encode(claims)}";
        var signature = key.Sign(Encoding.ASCII.GetBytes(signingInput));
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    private static string Encode(Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }
}
