using Microsoft.AspNetCore.Authentication;
using OktaSessionMcp.Audit;
using OktaSessionMcp.Rest;

namespace OktaSessionMcp.Auth;

/// <summary>
/// With authentication on, every request but the exempt ones needs a caller (else 401) with the scope its operation
/// needs (else 403), both with the challenge that points at the protected resource metadata. Refusals are audited.
/// </summary>
internal sealed class InboundAuthorization(
    RequestDelegate next, AuthSettings settings, RequiredAccess required, ProtectedResource resource, RestListener rest, AuditLog audit)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!settings.IsEnabled || InboundSecurityExemptions.IsExempt(context))
        {
            await next(context);
            return;
        }

        var timer = audit.Start();
        var access = await required.ForAsync(context);
        if (context.User.Identity?.IsAuthenticated != true)
        {
            Audit(context, timer, access, "unauthenticated", StatusCodes.Status401Unauthorized);
            await AuthChallenges.UnauthorizedAsync(context, resource, access.Scope, rejected: (await context.AuthenticateAsync()).Failure is not null);
            return;
        }

        if (!CallerPrincipal.HasScope(context.User, access.Scope))
        {
            Audit(context, timer, access, "forbidden", StatusCodes.Status403Forbidden);
            await AuthChallenges.ForbiddenAsync(context, resource, access.Scope);
            return;
        }

        await next(context);
    }

    private void Audit(HttpContext context, AuditLog.Timer timer, RequiredAccess.Access access, string outcome, int status) =>
        audit.Write(timer, rest.Accepted(context) ? "rest" : "mcp", access.Operation, outcome, context.User, status, okta: null,
            AuditNames.Session(context.Request.RouteValues["sessionid"] as string));
}
