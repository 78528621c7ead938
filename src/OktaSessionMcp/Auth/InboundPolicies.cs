using Microsoft.AspNetCore.Authorization;

namespace OktaSessionMcp.Auth;

/// <summary>
/// The authorization policy of every endpoint but the health probes: an authenticated caller with the scope of the
/// operation (<see cref="OperationScopeRequirement"/>). /mcp asks for it by name; it is also the fallback policy, so the
/// REST adapter's endpoints (GET the read scope, POST and DELETE the manage scope) and unknown paths need it too.
/// </summary>
internal static class InboundPolicies
{
    public const string OperationScope = "OktaSessionMcp.OperationScope";

    public static IServiceCollection AddInboundAuthorization(this IServiceCollection services)
    {
        var policy = new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(OperationScopeRequirement.Instance)
            .Build();
        services.AddAuthorizationBuilder()
            .AddPolicy(OperationScope, policy)
            .SetFallbackPolicy(policy);
        services.AddSingleton<IAuthorizationHandler, OperationScopeHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, InboundRefusals>();
        return services;
    }
}
