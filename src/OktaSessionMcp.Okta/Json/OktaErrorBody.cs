using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta.Json;

/// <summary>Okta's Error object, the body of its error responses.</summary>
internal sealed class OktaErrorBody
{
    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; init; }

    [JsonPropertyName("errorSummary")]
    public string? ErrorSummary { get; init; }

    [JsonPropertyName("errorLink")]
    public string? ErrorLink { get; init; }

    [JsonPropertyName("errorId")]
    public string? ErrorId { get; init; }

    [JsonPropertyName("errorCauses")]
    public IReadOnlyList<OktaErrorCause>? ErrorCauses { get; init; }
}
