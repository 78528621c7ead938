using System.Text.Json.Serialization;
using OktaSessionMcp.Okta;

namespace OktaSessionMcp.Rest;

/// <summary>Source-generated serialization of what the adapter answers.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(OktaTimestampConverter)])]
[JsonSerializable(typeof(OktaSession))]
[JsonSerializable(typeof(RestError))]
internal sealed partial class RestJsonContext : JsonSerializerContext;
