using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaSessionMcp.Rest;

/// <summary>
/// Writes timestamps as Okta does (UTC, milliseconds, 'Z') so that the adapter's Session reads like Okta's own. The
/// tools have the same few lines; the adapter keeps its own so that it shares nothing with them but the client.
/// </summary>
internal sealed class OktaTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
}
