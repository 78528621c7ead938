using System.Text.Json.Serialization;

namespace OktaSessionMcp.Simulator.Json;

/// <summary>The token endpoint's answer (RFC 6749 section 5.1).</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("scope")] string Scope);

/// <summary>The token endpoint's refusal (RFC 6749 section 5.2).</summary>
internal sealed record OAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription);
