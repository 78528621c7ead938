using System.ComponentModel;
using System.Text.Json.Serialization;

namespace OktaSessionMcp.Tools;

/// <summary>What okta-create-and-refresh-session returns: the outputs of the seed's Arazzo workflow, and the user.</summary>
public sealed class CreateAndRefreshSessionResult
{
    [JsonPropertyName("sessionId")]
    [Description("The new Okta session's id, to pass to the other session tools. Treat it as a secret.")]
    public required string SessionId { get; init; }

    [JsonPropertyName("expiresAt")]
    [Description("When the refreshed session expires (UTC).")]
    public DateTimeOffset? ExpiresAt { get; init; }

    [JsonPropertyName("userId")]
    [Description("The Okta id of the user the session belongs to.")]
    public string? UserId { get; init; }
}
