using System.ComponentModel;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OktaSessionMcp.Tools;

/// <summary>
/// The output schema the session tools advertise: Okta's Session object with Okta's own field descriptions
/// (specs/okta/sessions-openapi.yaml). It only describes; results are OktaSession, serialized as Okta sent it.
/// A type of its own because the client model keeps _links as a raw JsonElement, whose schema would be the bare
/// `true` that MCP clients reject.
/// </summary>
[Description("An Okta Session.")]
internal sealed class SessionSchema
{
    [JsonPropertyName("id"), Description("A unique key for the Session: the session id the other tools take.")]
    public string? Id { get; init; }

    [JsonPropertyName("userId"), Description("A unique key for the user.")]
    public string? UserId { get; init; }

    [JsonPropertyName("login"), Description("A unique identifier for the user (username).")]
    public string? Login { get; init; }

    [JsonPropertyName("status"), Description("Current Session status: ACTIVE, MFA_REQUIRED or MFA_ENROLL.")]
    public string? Status { get; init; }

    [JsonPropertyName("createdAt"), Description("When the Session was created.")]
    public DateTimeOffset? CreatedAt { get; init; }

    [JsonPropertyName("expiresAt"), Description("A timestamp when the Session expires.")]
    public DateTimeOffset? ExpiresAt { get; init; }

    [JsonPropertyName("lastPasswordVerification"), Description("A timestamp when the user last performed the primary or step-up authentication with a password.")]
    public DateTimeOffset? LastPasswordVerification { get; init; }

    [JsonPropertyName("lastFactorVerification"), Description("A timestamp when the user last performed multifactor authentication.")]
    public DateTimeOffset? LastFactorVerification { get; init; }

    [JsonPropertyName("amr"), Description("Authentication method references, e.g. pwd, mfa, otp.")]
    public IReadOnlyList<string>? Amr { get; init; }

    [JsonPropertyName("idp"), Description("The identity provider that authenticated the user: its id and type (OKTA, ACTIVE_DIRECTORY, LDAP, FEDERATION, SOCIAL).")]
    public JsonObject? Idp { get; init; }

    [JsonPropertyName("_links"), Description("Link relations (self, refresh, user) with the HTTP methods each allows.")]
    public JsonObject? Links { get; init; }
}
