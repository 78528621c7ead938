namespace OktaSessionMcp.Auth;

/// <summary>
/// Credentials in a URL end up in proxy, browser and server logs, so no endpoint takes them there (RFC 6750 section 2.3
/// allows it; the MCP authorization specification forbids it). A request that tries is refused, not ignored.
/// </summary>
internal static class QueryStringTokens
{
    private static readonly string[] Names =
        ["access_token", "token", "id_token", "bearer", "authorization", "auth", "api_key", "apikey", "api-key", "key", "jwt"];

    public static bool Present(HttpRequest request) =>
        request.Query.Keys.Any(key => Names.Contains(key.Trim(), StringComparer.OrdinalIgnoreCase));
}
