using Microsoft.AspNetCore.Authorization;

namespace OktaSessionMcp.Auth;

/// <summary>
/// Works out the scope of the request's operation (for /mcp by reading the body, as the MCP authorization specification
/// wants the 403 at the HTTP level) and checks it against the caller's scp/scope claims. It runs for anonymous callers
/// too, and leaves the <see cref="RequiredAccess.Access"/> on the request: the 401 names the scope, and the audit the operation.
/// </summary>
internal sealed class OperationScopeHandler(RequiredAccess required) : AuthorizationHandler<OperationScopeRequirement, HttpContext>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationScopeRequirement requirement, HttpContext resource)
    {
        var access = await required.ForAsync(resource);
        resource.Features.Set(access);
        if (context.User.Identity?.IsAuthenticated == true && CallerPrincipal.HasScope(context.User, access.Scope))
        {
            context.Succeed(requirement);
        }
    }
}
