using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta.Json;

/// <summary>One of Okta's <c>errorCauses</c>.</summary>
internal sealed record OktaErrorCause([property: JsonPropertyName("errorSummary")] string? ErrorSummary)
{
    // A record prints its values: an access token, or a session id Okta echoes, must not reach a log that way.
    public override string ToString() => nameof(OktaErrorCause);
}
