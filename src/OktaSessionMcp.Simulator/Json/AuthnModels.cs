using System.Text.Json.Serialization;

namespace OktaSessionMcp.Simulator.Json;

/// <summary>Body of <c>POST /api/v1/authn</c> (primary authentication).</summary>
internal sealed record AuthnRequest(string? Username, string? Password);

/// <summary>Okta's authentication transaction in state SUCCESS, trimmed to what a password-only sign-in returns.</summary>
internal sealed record AuthnResponse(
    string ExpiresAt,
    string Status,
    string SessionToken,
    [property: JsonPropertyName("_embedded")] AuthnEmbedded Embedded);

internal sealed record AuthnEmbedded(AuthnUser User);

internal sealed record AuthnUser(string Id, string PasswordChanged, AuthnProfile Profile);

internal sealed record AuthnProfile(string Login, string FirstName, string LastName, string Locale, string TimeZone);
