using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta.Json;

/// <summary>The token endpoint's success body (RFC 6749 section 5.1).</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] long? ExpiresIn)
{
    // A record prints its values: an access token, or a session id Okta echoes, must not reach a log that way.
    public override string ToString() => nameof(TokenResponse);
}
