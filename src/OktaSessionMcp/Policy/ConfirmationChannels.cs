using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace OktaSessionMcp.Policy;

/// <summary>
/// Whether this call's client can be asked. 2026-07-28 declares capabilities on each request (_meta), and asking is a
/// result rather than a request, so any server can do it. Earlier revisions declare them at initialize, and asking
/// needs a channel back to the client during the call, which only a stateful session has (the SDK's
/// <see cref="McpServer.IsMrtrSupported"/> says whether there is one).
/// </summary>
internal static class ConfirmationChannels
{
    private const string FirstMultiRoundTripVersion = "2026-07-28";

    public static bool CanAsk(RequestContext<CallToolRequestParams> context)
    {
        var version = context.JsonRpcRequest.Context?.ProtocolVersion ?? context.Server.NegotiatedProtocolVersion;
        var capabilities = string.CompareOrdinal(version, FirstMultiRoundTripVersion) >= 0
            ? context.JsonRpcRequest.Context?.ClientCapabilities
            : context.Server.ClientCapabilities;
        return context.Server.IsMrtrSupported && capabilities?.Elicitation?.Form is not null;
    }
}
