using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta.Json;

/// <summary>One of Okta's <c>errorCauses</c>.</summary>
internal sealed record OktaErrorCause([property: JsonPropertyName("errorSummary")] string? ErrorSummary);
