using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta.Json;

/// <summary>The token endpoint's success body (RFC 6749 section 5.1).</summary>
internal sealed class TokenResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; init; }
}
