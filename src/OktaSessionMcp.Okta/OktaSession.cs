using System.Text.Json;
using System.Text.Json.Serialization;

namespace OktaSessionMcp.Okta;

/// <summary>
/// Okta's Session object. Every member is optional and unknown fields are kept, so that a field Okta adds
/// tomorrow neither breaks parsing nor gets lost.
/// </summary>
public sealed class OktaSession
{
    /// <summary>The session id (the value of the user's <c>sid</c> cookie). Treat it as a secret.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>The id of the user the session belongs to.</summary>
    [JsonPropertyName("userId")]
    public string? UserId { get; init; }

    /// <summary>The user's login (username).</summary>
    [JsonPropertyName("login")]
    public string? Login { get; init; }

    /// <summary>When the session was created.</summary>
    [JsonPropertyName("createdAt")]
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the session expires.</summary>
    [JsonPropertyName("expiresAt")]
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>
    /// The session status, e.g. <c>ACTIVE</c>, <c>MFA_REQUIRED</c> or <c>MFA_ENROLL</c>. A string, not an enum,
    /// so that a status Okta adds later still parses.
    /// </summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>When the user last verified a password, if ever in this session.</summary>
    [JsonPropertyName("lastPasswordVerification")]
    public DateTimeOffset? LastPasswordVerification { get; init; }

    /// <summary>When the user last verified a second factor, if ever in this session.</summary>
    [JsonPropertyName("lastFactorVerification")]
    public DateTimeOffset? LastFactorVerification { get; init; }

    /// <summary>Authentication method references, e.g. <c>pwd</c>, <c>mfa</c>, <c>otp</c>.</summary>
    [JsonPropertyName("amr")]
    public IReadOnlyList<string>? Amr { get; init; }

    /// <summary>The identity provider that authenticated the user.</summary>
    [JsonPropertyName("idp")]
    public OktaSessionIdentityProvider? Idp { get; init; }

    /// <summary>The HAL <c>_links</c> object, kept exactly as received (Okta's own examples vary in shape).</summary>
    [JsonPropertyName("_links")]
    public JsonElement? Links { get; init; }

    /// <summary>Fields this model does not know, kept as received.</summary>
    /// <remarks>
    /// <c>set</c>, not <c>init</c>: the JSON source generator binds init-only properties like constructor
    /// parameters, and extension data cannot be bound that way.
    /// </remarks>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
