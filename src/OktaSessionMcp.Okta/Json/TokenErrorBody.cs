using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta.Json;

/// <summary>The token endpoint's error body (RFC 6749 section 5.2).</summary>
internal sealed class TokenErrorBody
{
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }
}
