using OktaSessionMcp.Apps;

namespace OktaSessionMcp.Policy;

/// <summary>
/// Whether this call's client can be asked. On 2026-07-28 asking is a result rather than a request, so any server can
/// do it. Earlier revisions need a channel back to the client during the call, which only a stateful session has (the
/// SDK's <see cref="McpServer.IsMrtrSupported"/> says whether there is one).
/// </summary>
internal static class ConfirmationChannels
{
    public static bool CanAsk(RequestContext<CallToolRequestParams> context) =>
        context.Server.IsMrtrSupported && DeclaredCapabilities.Of(context)?.Elicitation?.Form is not null;
}
