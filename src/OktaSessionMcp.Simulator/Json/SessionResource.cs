using System.Text.Json.Serialization;

namespace OktaSessionMcp.Simulator.Json;

/// <summary>
/// The Session resource, property for property as schema <c>Session</c> declares it and in Okta's order.
/// lastFactorVerification is null (and so omitted) because demo users sign in with a password only.
/// </summary>
internal sealed record SessionResource(
    string Id,
    string UserId,
    string Login,
    string CreatedAt,
    string ExpiresAt,
    string Status,
    string LastPasswordVerification,
    string? LastFactorVerification,
    IReadOnlyList<string> Amr,
    SessionIdp Idp,
    [property: JsonPropertyName("_links")] SessionLinks Links);

/// <summary>Schema <c>SessionIdentityProvider</c>: for OKTA sessions the id is the org id.</summary>
internal sealed record SessionIdp(string Id, string Type);

/// <summary>The HAL links Okta returns with a session.</summary>
internal sealed record SessionLinks(Link Self, Link Refresh, Link User);

/// <summary>Schema <c>HrefObject</c>.</summary>
internal sealed record Link(string? Name, string Href, LinkHints Hints);

/// <summary>Schema <c>HrefHints</c>: the HTTP methods the link accepts.</summary>
internal sealed record LinkHints(IReadOnlyList<string> Allow);
