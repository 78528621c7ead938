using OktaSessionMcp.Audit;

namespace OktaSessionMcp.Auth;

/// <summary>
/// A call-tool filter that checks the tool's scope against the caller's token. Over HTTP the same check has already
/// answered 403 before the adapter (<see cref="OperationScopeHandler"/>); this one holds wherever a call arrives by
/// another way, and refuses with a JSON-RPC error. A call without a user (stdio, or loopback without authentication)
/// had no inbound authentication to check.
/// </summary>
public static class ToolScopeCheck
{
    internal static CallToolHandler Check(CallToolHandler next) => (context, cancellationToken) =>
    {
        if (context.Services?.GetService<AuthSettings>() is { IsEnabled: true } settings && context.User is { Identity.IsAuthenticated: true } user)
        {
            var scope = ToolScopes.Required(context.MatchedPrimitive as McpServerTool, settings);
            if (!CallerPrincipal.HasScope(user, scope))
            {
                throw new InsufficientScopeException(AuditNames.Printable(context.Params?.Name ?? "unknown"), scope);
            }
        }

        return next(context, cancellationToken);
    };
}
