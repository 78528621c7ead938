using System.ComponentModel;
using System.Text.Json.Serialization;

namespace OktaSessionMcp.Rest;

/// <summary>The body of createSession, forwarded to Okta as it is (Okta's CreateSessionRequest).</summary>
[Description("Okta's CreateSessionRequest.")]
internal sealed class RestCreateSessionRequest
{
    [JsonPropertyName("sessionToken")]
    [Description("The one-time session token from Okta's Authentication API (POST /api/v1/authn): 1 to 2048 printable ASCII " +
        "characters without spaces. It is consumed: a second create with it fails with 401.")]
    public required string SessionToken { get; init; }
}
