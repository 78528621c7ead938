using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta;

/// <summary>
/// Writes timestamps the way Okta does (UTC, milliseconds, 'Z', e.g. <c>2026-11-22T10:00:00.000Z</c>), so that an
/// <see cref="OktaSession"/> passed on to others reads like Okta's own object.
/// </summary>
public sealed class OktaTimestampConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
    }
}
