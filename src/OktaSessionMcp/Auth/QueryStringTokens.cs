namespace OktaSessionMcp.Auth;

/// <summary>
/// Middleware: credentials in a URL end up in proxy, browser and server logs, so no endpoint takes them there (RFC 6750
/// section 2.3 allows it; the MCP authorization specification forbids it). A request that tries is refused with 400, not
/// ignored, whether or not authentication is configured. Ours because no ASP.NET Core handler refuses them: JwtBearer
/// merely ignores the query string.
/// </summary>
internal sealed class QueryStringTokens(RequestDelegate next)
{
    private static readonly string[] Names =
        ["access_token", "token", "id_token", "bearer", "authorization", "auth", "api_key", "apikey", "api-key", "key", "jwt"];

    public Task InvokeAsync(HttpContext context) =>
        context.Request.QueryString.HasValue && !InboundSecurityExemptions.IsExempt(context) && Present(context.Request)
            ? AuthChallenges.QueryStringTokenAsync(context)
            : next(context);

    private static bool Present(HttpRequest request) =>
        request.Query.Keys.Any(key => Names.Contains(key.Trim(), StringComparer.OrdinalIgnoreCase));
}
