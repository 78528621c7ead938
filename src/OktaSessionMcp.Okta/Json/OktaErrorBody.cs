using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta.Json;

/// <summary>Okta's Error object, the body of its error responses. Every field may be missing (a proxy's body, say).</summary>
internal sealed record OktaErrorBody(
    [property: JsonPropertyName("errorCode")] string? ErrorCode,
    [property: JsonPropertyName("errorSummary")] string? ErrorSummary,
    [property: JsonPropertyName("errorLink")] string? ErrorLink,
    [property: JsonPropertyName("errorId")] string? ErrorId,
    [property: JsonPropertyName("errorCauses")] IReadOnlyList<OktaErrorCause>? ErrorCauses)
{
    // A record prints its values: an access token, or a session id Okta echoes, must not reach a log that way.
    public override string ToString() => nameof(OktaErrorBody);
}
