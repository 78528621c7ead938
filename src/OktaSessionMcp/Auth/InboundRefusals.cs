using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using OktaSessionMcp.Audit;
using OktaSessionMcp.Rest;

namespace OktaSessionMcp.Auth;

/// <summary>
/// Answers a request that fails its policy: 401 or 403 with the <see cref="AuthChallenges"/> bodies, and an audit record.
/// The challenge is written here, once, rather than by the challenge scheme (the SDK's McpAuth): that one's
/// WWW-Authenticate holds only resource_metadata, derived from the request's scheme, host and path (wrong behind a TLS
/// proxy and on REST paths), while clients also need scope= and, for a refused token, error="invalid_token".
/// </summary>
internal sealed class InboundRefusals(ProtectedResource resource, RequiredAccess required, RestListener rest, AuditLog audit)
    : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }

        var timer = audit.Start();
        var access = context.Features.Get<RequiredAccess.Access>() ?? await required.ForAsync(context);
        if (authorizeResult.Challenged)
        {
            // The default scheme's result is cached for the request: a failure means a token was sent and refused.
            var rejected = (await context.AuthenticateAsync()).Failure is not null;
            Audit(context, timer, access, "unauthenticated", StatusCodes.Status401Unauthorized);
            await AuthChallenges.UnauthorizedAsync(context, resource, access.Scope, rejected);
            return;
        }

        Audit(context, timer, access, "forbidden", StatusCodes.Status403Forbidden);
        await AuthChallenges.ForbiddenAsync(context, resource, access.Scope);
    }

    private void Audit(HttpContext context, AuditLog.Timer timer, RequiredAccess.Access access, string outcome, int status) =>
        audit.Write(timer, rest.Accepted(context) ? "rest" : "mcp", access.Operation, outcome, context.User, status, okta: null,
            AuditNames.Session(context.Request.RouteValues["sessionid"] as string));
}
