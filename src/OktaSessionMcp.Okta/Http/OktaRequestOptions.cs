namespace OktaSessionMcp.Okta.Http;

/// <summary>What the client marks on each request so the handlers below it can tell which Okta operation it is.</summary>
internal static class OktaRequestOptions
{
    public static readonly HttpRequestOptionsKey<OktaCall> Call = new("OktaSessionMcp.Okta.Call");

    public static void Mark(HttpRequestMessage request, OktaCall call) => request.Options.Set(Call, call);

    /// <summary>The call a request was marked with, or <see langword="null"/> for a request sent past the client.</summary>
    public static OktaCall? CallOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(Call, out var call) ? call : null;
}
