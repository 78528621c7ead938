using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace OktaSessionMcp.Policy;

/// <summary>
/// SHA-256 of the arguments in a canonical form (object members sorted by name, strings re-encoded), so that the same
/// arguments give the same digest however the client spaced or ordered them, and any other arguments do not.
/// </summary>
internal static class ArgumentDigest
{
    public static byte[] Of(IDictionary<string, JsonElement>? arguments)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in (arguments ?? new Dictionary<string, JsonElement>()).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(name);
                Write(writer, value);
            }

            writer.WriteEndObject();
        }

        return SHA256.HashData(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(value.GetString());
                break;
            default:
                // Numbers keep their written form: 1 and 1.0 digest apart, which only ever refuses, never confuses.
                value.WriteTo(writer);
                break;
        }
    }
}
