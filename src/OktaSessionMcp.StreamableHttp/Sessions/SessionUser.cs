using System.Security.Claims;

namespace OktaSessionMcp.StreamableHttp.Sessions;

/// <summary>
/// Who opened a stateful session, so a leaked session id is useless to anyone else. Issuer is part of
/// the identity: the same subject from two issuers is two users.
/// </summary>
internal sealed record SessionUser(string ClaimType, string Value, string Issuer)
{
    /// <returns><see langword="null"/> for an anonymous caller or one without an id claim.</returns>
    public static SessionUser? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var claim = user.FindFirst(ClaimTypes.NameIdentifier) ?? user.FindFirst("sub");
        return claim is null ? null : new SessionUser(claim.Type, claim.Value, claim.Issuer);
    }
}
