using System.Text.Json.Serialization;

namespace OktaSessionMcp.Health;

/// <summary>The body of /readyz (and /healthz): whether the server can do its job, and why not.</summary>
public sealed record ReadinessResult(
    [property: JsonPropertyName("ready")] bool Ready,
    [property: JsonPropertyName("detail")] string Detail);

[JsonSerializable(typeof(ReadinessResult))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
