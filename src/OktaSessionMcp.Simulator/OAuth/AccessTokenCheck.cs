using System.Globalization;

namespace OktaSessionMcp.Simulator.OAuth;

/// <summary>
/// The management API's side of OAuth: an issued, unexpired token under the scheme it was issued for; for DPoP a proof
/// of this request (htm, htu, ath, jti, nonce) by the key the token is bound to (cnf.jkt); and the operation's scope.
/// Refusals carry Okta's error body and a WWW-Authenticate challenge that says what to fix.
/// </summary>
internal static class AccessTokenCheck
{
    public const string ReadScope = "okta.sessions.read";
    public const string ManageScope = "okta.sessions.manage";

    public static Task AuthorizeAsync(HttpContext context, RequestDelegate next, OAuthServer server, string scheme, string token)
    {
        var issued = server.Find(token);
        var dpop = scheme == "DPoP";
        if (issued is null || (issued.BoundKeyThumbprint is not null) != dpop)
        {
            return Challenge(context, 401, scheme, "invalid_token", "The access token is invalid.");
        }

        if (dpop)
        {
            var verdict = DPoPProofCheck.Check(server, context.Request, token);
            if (verdict.NonceRequired)
            {
                context.Response.Headers["DPoP-Nonce"] = server.Nonce;
                return Challenge(context, 401, scheme, "use_dpop_nonce", "Resource server requires nonce in DPoP proof.");
            }

            if ((verdict.Refusal ?? (verdict.Thumbprint != issued.BoundKeyThumbprint ? "The DPoP proof key is not the one the token is bound to." : null)) is { } reason)
            {
                return Challenge(context, 401, scheme, "invalid_dpop_proof", reason);
            }
        }

        if (RequiredScope(context.Request) is not { } scope)
        {
            return OktaErrors.SswsOnly().ExecuteAsync(context);
        }

        return issued.Scopes.Contains(scope)
            ? next(context)
            : Challenge(context, 403, scheme, "insufficient_scope", "The access token provided does not contain the required scopes.", scope);
    }

    /// <summary>What Okta requires of each operation; null for createSession, which takes an SSWS API token only.</summary>
    private static string? RequiredScope(HttpRequest request)
    {
        var path = request.Path.Value?.TrimEnd('/') ?? string.Empty;
        if (string.Equals(path, "/api/v1/sessions", StringComparison.OrdinalIgnoreCase) && HttpMethods.IsPost(request.Method))
        {
            return null;
        }

        if (path.StartsWith("/api/v1/users", StringComparison.OrdinalIgnoreCase))
        {
            return "okta.users.manage";
        }

        return HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? ReadScope : ManageScope;
    }

    private static Task Challenge(HttpContext context, int status, string scheme, string error, string description, string? scope = null)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var challenge = string.Create(CultureInfo.InvariantCulture,
            $"{scheme} realm=\"{origin}\", error=\"{error}\", error_description=\"{description}\"{(scope is null ? string.Empty : $", scope=\"{scope}\"")}{(scheme == "DPoP" ? ", algs=\"RS256 ES256\"" : string.Empty)}");
        context.Response.Headers.WWWAuthenticate = challenge;
        return (status == 403 ? OktaErrors.AccessDenied() : OktaErrors.InvalidToken()).ExecuteAsync(context);
    }
}
