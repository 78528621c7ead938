using System.Text.Json.Serialization;

namespace OktaSessionMcp.Tools;

/// <summary>
/// The types the SDK reads from the tool methods to bind arguments and describe them (parameter types and output schema
/// types), source-generated: a Native AOT build has no reflection-based serializer to fall back on. Chained before the
/// SDK's own resolver, so the SDK's options (naming, converters) still apply and the schemas are the ones the JIT build
/// made by reflection (tests/OktaSessionMcp.Tests/Snapshots/tools-list.json pins them).
/// </summary>
[JsonSerializable(typeof(CreateSessionBody))]
[JsonSerializable(typeof(SessionSchema))]
[JsonSerializable(typeof(CloseSessionResult))]
[JsonSerializable(typeof(CreateAndRefreshSessionResult))]
internal sealed partial class ToolSchemaJsonContext : JsonSerializerContext;
