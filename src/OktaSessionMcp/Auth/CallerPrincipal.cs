using System.Security.Claims;
using OktaSessionMcp.Audit;

namespace OktaSessionMcp.Auth;

/// <summary>Who called: the principal for a static key, and what the audit trail and the rate limiter call a caller.</summary>
internal static class CallerPrincipal
{
    public const string StaticKeyAuthenticationType = "StaticKey";
    public const string OAuthAuthenticationType = "Bearer";

    /// <summary>The claims' issuer for static keys, so that a key's name never equals an OAuth subject (SessionUser compares both).</summary>
    public const string StaticKeyIssuer = "okta-session-mcp:static-key";

    public static ClaimsPrincipal ForKey(StaticKey key, AuthSettings settings) => new(new ClaimsIdentity(
        [
            new Claim("sub", key.Name, ClaimValueTypes.String, StaticKeyIssuer),
            new Claim("scope", string.Join(' ', key.Scopes ?? [settings.ReadScope, settings.ManageScope]), ClaimValueTypes.String, StaticKeyIssuer),
        ],
        StaticKeyAuthenticationType,
        "sub",
        roleType: null));

    /// <summary>Scopes from "scope" (RFC 8693, space-separated) and "scp" (Okta and Entra: an array or a string).</summary>
    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.Claims
            .Where(c => c.Type is "scope" or "scp")
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);

    /// <summary>The caller for the audit trail and how it authenticated: (subject, "oauth"), (key name, "key") or ("local", "none").</summary>
    public static (string Caller, string Method) Describe(ClaimsPrincipal? user) => user?.Identity is { IsAuthenticated: true } identity
        ? (AuditNames.Printable(Subject(user)), identity.AuthenticationType == StaticKeyAuthenticationType ? "key" : "oauth")
        : ("local", "none");

    /// <summary>The rate limiter's partition: the authenticated caller with its issuer, or else the remote address.</summary>
    public static string PartitionKey(HttpContext context) => context.User.Identity is { IsAuthenticated: true } identity
        ? $"{identity.AuthenticationType}|{context.User.FindFirst("iss")?.Value ?? context.User.FindFirst("sub")?.Issuer}|{Subject(context.User)}"
        : $"ip|{context.Connection.RemoteIpAddress}";

    // Client-credentials tokens may carry no sub; Okta names the client in cid, others in client_id.
    private static string Subject(ClaimsPrincipal user) =>
        user.FindFirst("sub")?.Value ?? user.FindFirst("client_id")?.Value ?? user.FindFirst("cid")?.Value ?? "unknown";
}
