namespace OktaSessionMcp.Apps;

/// <summary>
/// What the client behind this request declared it can do. 2026-07-28 declares capabilities on each request (_meta);
/// earlier revisions declare them once, at initialize, which a stateless server on those revisions never keeps (then
/// this is null: nothing is known, so nothing is assumed).
/// </summary>
internal static class DeclaredCapabilities
{
    private const string FirstPerRequestVersion = "2026-07-28";

    private static bool ArePerRequest<TParams>(RequestContext<TParams> context) =>
        string.CompareOrdinal(context.JsonRpcRequest.Context?.ProtocolVersion ?? context.Server.NegotiatedProtocolVersion, FirstPerRequestVersion) >= 0;

    public static ClientCapabilities? Of<TParams>(RequestContext<TParams> context) =>
        ArePerRequest(context) ? context.JsonRpcRequest.Context?.ClientCapabilities : context.Server.ClientCapabilities;
}
