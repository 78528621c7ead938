using System.Security.Claims;

namespace OktaSessionMcp.Audit;

/// <summary>Who called, as the audit trail names a caller: by subject (or OAuth client) and how they authenticated.</summary>
internal static class AuditCaller
{
    /// <summary>The authentication type the static-key handler gives its principals; the audit tells keys from tokens by it.</summary>
    public const string StaticKeyAuthenticationType = "StaticKey";

    public static (string Caller, string Method) Describe(ClaimsPrincipal? user) => user?.Identity is { IsAuthenticated: true } identity
        ? (AuditNames.Printable(Subject(user)), identity.AuthenticationType == StaticKeyAuthenticationType ? "key" : "oauth")
        : ("local", "none");

    /// <summary>Client-credentials tokens may carry no sub; Okta names the client in cid, others in client_id.</summary>
    public static string Subject(ClaimsPrincipal user) =>
        user.FindFirst("sub")?.Value ?? user.FindFirst("client_id")?.Value ?? user.FindFirst("cid")?.Value ?? "unknown";
}
