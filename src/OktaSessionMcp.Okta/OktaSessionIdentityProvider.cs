using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta;

/// <summary>The identity provider that authenticated a session's user (Okta's SessionIdentityProvider).</summary>
public sealed class OktaSessionIdentityProvider
{
    /// <summary>The identity provider's id; for type <c>OKTA</c> this is the org id.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The provider type, e.g. <c>OKTA</c>, <c>ACTIVE_DIRECTORY</c>, <c>LDAP</c>, <c>FEDERATION</c>, <c>SOCIAL</c>.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }
}
