using OktaSessionMcp.Simulator.Http;
using OktaSessionMcp.Simulator.Json;

namespace OktaSessionMcp.Simulator.OAuth;

/// <summary>
/// <c>POST /oauth2/v1/token</c> of the org authorization server, for the one API Services app configured: client
/// credentials, private_key_jwt client authentication, DPoP (a nonce challenge first), and the app's granted scopes.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/oauth2/v1/token";
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    // Okta refuses an assertion that expires more than an hour after it is checked.
    private static readonly TimeSpan MaxAssertionLife = TimeSpan.FromHours(1);

    public static void MapTokenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, IssueAsync);
        endpoints.MapMethodNotAllowed(Path, HttpMethods.Post);
    }

    private static async Task<IResult> IssueAsync(HttpRequest request, OAuthServer server, BaseAddress address, CancellationToken cancellationToken)
    {
        if (!server.Enabled)
        {
            return OktaErrors.NotFound(Path, "Endpoint");
        }

        if (!request.HasFormContentType)
        {
            return Refuse(400, "invalid_request", "The request must be application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form["grant_type"] != "client_credentials")
        {
            return Refuse(400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server.");
        }

        if (ClientRefusal(server, form, $"{address.Origin}{Path}") is { } refusal)
        {
            return refusal;
        }

        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (requested.Count == 0)
        {
            return Refuse(400, "invalid_scope", "The authorization server requires a scope for the client credentials grant.");
        }

        if (requested.Where(scope => !server.GrantedScopes.Contains(scope)).ToList() is { Count: > 0 } refused)
        {
            return Refuse(400, "invalid_scope", $"The following scopes are not allowed: [{string.Join(", ", refused)}]");
        }

        string? thumbprint = null;
        if (request.Headers.ContainsKey("DPoP"))
        {
            var verdict = DPoPProofCheck.Check(server, request, accessToken: null);
            if (verdict.NonceRequired)
            {
                return new OAuthRefusal(400, "use_dpop_nonce", "Authorization server requires nonce in DPoP proof.", server.Nonce);
            }

            if (verdict.Refusal is { } reason)
            {
                return Refuse(400, "invalid_dpop_proof", reason);
            }

            thumbprint = verdict.Thumbprint;
        }
        else if (!server.Options.OAuthAllowBearer)
        {
            return Refuse(400, "invalid_dpop_proof", "The DPoP proof JWT header is missing.");
        }

        var token = server.Issue(requested, thumbprint);
        return Results.Json(
            new TokenResponse(thumbprint is null ? "Bearer" : "DPoP", (long)server.Options.OAuthTokenLifetime.TotalSeconds, token, string.Join(' ', requested)),
            SimulatorJsonContext.Default.TokenResponse);
    }

    /// <summary>private_key_jwt: a JWT signed by the app's registered key, for this client and this endpoint, used once.</summary>
    private static OAuthRefusal? ClientRefusal(OAuthServer server, IFormCollection form, string tokenUrl)
    {
        if (form["client_assertion_type"] != AssertionType || SimJws.TryParse(form["client_assertion"]) is not { } assertion)
        {
            return Refuse(401, "invalid_client", "Client authentication failed: a client_assertion of type jwt-bearer is required.");
        }

        if (!assertion.VerifiesWith(server.ClientKey!))
        {
            return Refuse(401, "invalid_client", "The client_assertion signature is invalid.");
        }

        if (assertion.Claim("iss") != server.Options.OAuthClientId || assertion.Claim("sub") != server.Options.OAuthClientId)
        {
            return Refuse(401, "invalid_client", "Invalid value for 'client_id' parameter.");
        }

        if (assertion.Claim("aud") != tokenUrl)
        {
            return Refuse(401, "invalid_client", "The audience claim for client_assertion must be the endpoint invoking the client_assertion.");
        }

        var now = server.Now;
        if (assertion.NumericClaim("exp") is not { } exp || exp <= now.ToUnixTimeSeconds()
            || DateTimeOffset.FromUnixTimeSeconds(exp) > now + MaxAssertionLife)
        {
            return Refuse(401, "invalid_client", "The client_assertion token is expired or expires more than an hour from now.");
        }

        return assertion.Claim("jti") is { Length: > 0 } jti && server.TryUseJti("assertion", jti, DateTimeOffset.FromUnixTimeSeconds(exp))
            ? null
            : Refuse(401, "invalid_client", "The client_assertion token has already been used.");
    }

    private static OAuthRefusal Refuse(int status, string error, string description) => new(status, error, description, nonce: null);
}
