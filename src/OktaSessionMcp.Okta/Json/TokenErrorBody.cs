using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta.Json;

/// <summary>The token endpoint's error body (RFC 6749 section 5.2).</summary>
internal sealed record TokenErrorBody(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);
