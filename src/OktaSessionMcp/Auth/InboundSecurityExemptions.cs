using Microsoft.AspNetCore.Authorization;
using OktaSessionMcp.Health;

namespace OktaSessionMcp.Auth;

/// <summary>
/// The hook for endpoints that authentication and rate limits leave alone: the health probes (/healthz, /readyz),
/// which carry no secret and take no input, and any endpoint mapped with <c>.AllowAnonymous()</c>.
/// </summary>
internal static class InboundSecurityExemptions
{
    public static bool IsExempt(HttpContext context) =>
        HealthEndpoints.IsHealthPath(context.Request.Path)
        || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
