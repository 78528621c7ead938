using Microsoft.AspNetCore.Authorization;

namespace OktaSessionMcp.Auth;

/// <summary>
/// The caller's token grants the scope its operation needs (<see cref="RequiredAccess"/>): on /mcp the JSON-RPC
/// message's (a tools/call its tool's), on the REST adapter its method's. Met by <see cref="OperationScopeHandler"/>.
/// </summary>
internal sealed class OperationScopeRequirement : IAuthorizationRequirement
{
    public static OperationScopeRequirement Instance { get; } = new();
}
