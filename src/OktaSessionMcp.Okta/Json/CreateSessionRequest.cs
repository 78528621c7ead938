using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta.Json;

/// <summary>The body of <c>POST /api/v1/sessions</c> (Okta's CreateSessionRequest).</summary>
internal sealed record CreateSessionRequest([property: JsonPropertyName("sessionToken")] string SessionToken);
