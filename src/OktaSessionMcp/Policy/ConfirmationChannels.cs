using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace OktaSessionMcp.Policy;

/// <summary>
/// Finds how this call's client can be asked. 2026-07-28 declares capabilities on each request (_meta), and asking is
/// a result rather than a request, so any server can do it. Earlier revisions declare them at initialize, and asking
/// needs a channel back to the client during the call: a stateless server has none, and the SDK reports no
/// capabilities there, so such a call counts as "cannot ask".
/// </summary>
internal static class ConfirmationChannels
{
    private const string FirstMultiRoundTripVersion = "2026-07-28";

    public static ConfirmationChannel Of(RequestContext<CallToolRequestParams> context)
    {
        var requestContext = context.JsonRpcRequest.Context;
        var version = requestContext?.ProtocolVersion ?? context.Server.NegotiatedProtocolVersion;
        if (string.CompareOrdinal(version, FirstMultiRoundTripVersion) >= 0)
        {
            return context.Server.IsMrtrSupported && requestContext?.ClientCapabilities?.Elicitation?.Form is not null
                ? ConfirmationChannel.MultiRoundTrip
                : ConfirmationChannel.None;
        }

        return context.Server.ClientCapabilities?.Elicitation?.Form is not null
            ? ConfirmationChannel.Elicitation
            : ConfirmationChannel.None;
    }
}
