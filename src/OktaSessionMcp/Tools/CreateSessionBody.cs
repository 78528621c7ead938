using System.ComponentModel;
using System.Text.Json.Serialization;

namespace OktaSessionMcp.Tools;

/// <summary>The request body of Okta's createSession operation, as the seed capability names it.</summary>
public sealed class CreateSessionBody
{
    [JsonPropertyName("sessionToken")]
    [JsonRequired]
    [Description("The one-time session token from Okta's Authentication API (POST /api/v1/authn). Not a session id and not a cookie. It can be redeemed once, within minutes of being issued.")]
    public required string SessionToken { get; init; }
}
