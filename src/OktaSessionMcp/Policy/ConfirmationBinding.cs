using System.Security.Claims;

namespace OktaSessionMcp.Policy;

/// <summary>What a confirmation is for: who asked, which tool, and exactly which arguments (as a digest).</summary>
internal sealed record ConfirmationBinding(string Caller, string Tool, byte[] ArgumentsDigest)
{
    /// <summary>The caller of an unauthenticated server: loopback only, so "whoever is on this machine".</summary>
    public const string LocalCaller = "local";

    public static ConfirmationBinding Of(RequestContext<CallToolRequestParams> context) => new(
        CallerOf(context.User),
        context.Params?.Name ?? string.Empty,
        ArgumentDigest.Of(context.Params?.Arguments));

    /// <summary>The token's subject with its issuer (the same subject from two issuers is two people), or "local".</summary>
    internal static string CallerOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return LocalCaller;
        }

        var claim = user.FindFirst(ClaimTypes.NameIdentifier) ?? user.FindFirst("sub");
        return claim is null ? $"authenticated\n{user.Identity.Name}" : $"{claim.Issuer}\n{claim.Value}";
    }
}
