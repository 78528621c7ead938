using System.Text.Json.Serialization;

namespace OktaSessionMcp.Rest;

/// <summary>
/// Source-generated serialization of what the adapter answers and takes. Also the metadata its OpenAPI document is made
/// from (<see cref="RestOpenApi"/>): a Native AOT build has no reflection-based serializer to describe the types with.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(OktaTimestampConverter)])]
[JsonSerializable(typeof(OktaSession))]
[JsonSerializable(typeof(RestError))]
[JsonSerializable(typeof(RestCreateSessionRequest))]
internal sealed partial class RestJsonContext : JsonSerializerContext;
