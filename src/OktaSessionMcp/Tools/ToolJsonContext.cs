using System.Text.Json.Serialization;

namespace OktaSessionMcp.Tools;

/// <summary>Source-generated serialization for what the tools return (no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(OktaTimestampConverter)])]
[JsonSerializable(typeof(OktaSession))]
[JsonSerializable(typeof(CloseSessionResult))]
[JsonSerializable(typeof(CreateAndRefreshSessionResult))]
internal sealed partial class ToolJsonContext : JsonSerializerContext;
