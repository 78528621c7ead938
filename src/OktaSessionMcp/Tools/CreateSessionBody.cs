using System.ComponentModel;
using System.Text.Json.Serialization;

namespace OktaSessionMcp.Tools;

/// <summary>The request body of Okta's createSession operation, as the seed capability names it.</summary>
public sealed class CreateSessionBody
{
    [JsonPropertyName("sessionToken")]
    [JsonRequired]
    [Description(SessionTokenArgument.Description)]
    public required string SessionToken { get; init; }
}
