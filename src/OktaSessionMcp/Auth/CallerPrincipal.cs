using System.Security.Claims;
using OktaSessionMcp.Audit;

namespace OktaSessionMcp.Auth;

/// <summary>Who called: the principal for a static key, its scopes, and the rate limiter's partition (the audit trail's name for a caller is <see cref="AuditCaller"/>).</summary>
internal static class CallerPrincipal
{
    public const string StaticKeyAuthenticationType = AuditCaller.StaticKeyAuthenticationType;
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

    /// <summary>The rate limiter's partition: the authenticated caller with its issuer, or else the remote address.</summary>
    public static string PartitionKey(HttpContext context) => context.User.Identity is { IsAuthenticated: true } identity
        ? $"{identity.AuthenticationType}|{context.User.FindFirst("iss")?.Value ?? context.User.FindFirst("sub")?.Issuer}|{AuditCaller.Subject(context.User)}"
        : $"ip|{context.Connection.RemoteIpAddress}";
}
