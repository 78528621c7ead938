using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaSessionMcp.Tools;

/// <summary>Writes timestamps the way Okta does (UTC, milliseconds, 'Z'), so results read like Okta's own objects.</summary>
internal sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
}
