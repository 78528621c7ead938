namespace OktaSessionMcp.Simulator.Http;

/// <summary>
/// Okta's management API accepts <c>Authorization: SSWS &lt;token&gt;</c> only (no Bearer here: the simulator has
/// no OAuth server). Authn is the one route that needs no token. The read-only key may GET but not write.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, SimulatorOptions options)
{
    private const string Scheme = "SSWS ";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api/v1/authn", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        var key = authorization.StartsWith(Scheme, StringComparison.Ordinal) ? authorization[Scheme.Length..] : null;
        if (key == options.ApiKey)
        {
            return next(context);
        }

        if (key is not null && key == options.ReadOnlyApiKey)
        {
            var method = context.Request.Method;
            return HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
                ? next(context)
                : OktaErrors.AccessDenied().ExecuteAsync(context);
        }

        return OktaErrors.InvalidToken().ExecuteAsync(context);
    }
}
