using OktaSessionMcp.Simulator.OAuth;

namespace OktaSessionMcp.Simulator.Http;

/// <summary>
/// Okta's management API accepts <c>Authorization: SSWS &lt;token&gt;</c>, and, when an OAuth client is configured,
/// the access tokens the org authorization server issued it (<c>DPoP</c> or <c>Bearer</c>, see
/// <see cref="AccessTokenCheck"/>). Authn and the token endpoint need no token. The read-only key may GET but not write.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, SimulatorOptions options, OAuthServer oauth)
{
    private const string Scheme = "SSWS ";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api/v1/authn", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/oauth2", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        var space = authorization.IndexOf(' ', StringComparison.Ordinal);
        if (oauth.Enabled && space > 0 && authorization[..space] is "DPoP" or "Bearer")
        {
            return AccessTokenCheck.AuthorizeAsync(context, next, oauth, authorization[..space], authorization[(space + 1)..]);
        }

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
