namespace OktaSessionMcp.Simulator.Http;

/// <summary>
/// Routing would answer a wrong method on a known path with a bare 405, or the fallback's 404; mapping the other
/// methods explicitly gives Okta's E0000022 body and an Allow header.
/// </summary>
internal static class MethodNotAllowedEndpoints
{
    private static readonly string[] AllMethods =
        [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete, HttpMethods.Options];

    public static void MapMethodNotAllowed(this IEndpointRouteBuilder endpoints, string pattern, params string[] allowed)
    {
        var allow = string.Join(", ", allowed);
        endpoints.MapMethods(pattern, AllMethods.Except(allowed, StringComparer.OrdinalIgnoreCase), (HttpResponse response) =>
        {
            response.Headers.Allow = allow;
            return OktaErrors.MethodNotAllowed();
        });
    }
}
