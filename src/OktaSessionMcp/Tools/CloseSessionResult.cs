using System.Text.Json.Serialization;

namespace OktaSessionMcp.Tools;

/// <summary>What okta-close-session returns: Okta answers 204 with no body, so the tool confirms in its own words.</summary>
public sealed class CloseSessionResult
{
    [JsonPropertyName("closed")]
    public required bool Closed { get; init; }

    [JsonPropertyName("message")]
    public required string Message { get; init; }
}
