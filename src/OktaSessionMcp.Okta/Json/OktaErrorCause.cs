using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta.Json;

/// <summary>One of Okta's <c>errorCauses</c>.</summary>
internal sealed class OktaErrorCause
{
    [JsonPropertyName("errorSummary")]
    public string? ErrorSummary { get; init; }
}
