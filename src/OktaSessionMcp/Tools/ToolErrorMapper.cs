using System.Globalization;
using System.Text;

namespace OktaSessionMcp.Tools;

/// <summary>
/// The one place where a failed Okta call becomes something an agent can act on: what happened, what to do,
/// and Okta's own status, errorCode, errorSummary and errorId. Nothing secret: a session id that Okta echoes in
/// its errorSummary is replaced by its fingerprint.
/// </summary>
public static class ToolErrorMapper
{
    /// <summary>
    /// A call-tool filter, the innermost: an Okta failure that a tool lets through becomes a tool error (isError) with
    /// <see cref="Describe"/>'s words, so that a tool is its Okta call and its result. (The SDK would answer "An error
    /// occurred invoking ..." and nothing the agent can act on.)
    /// </summary>
    internal static CallToolHandler Filter(CallToolHandler next) => async (context, cancellationToken) =>
    {
        try
        {
            return await next(context, cancellationToken);
        }
        catch (OktaApiException ex)
        {
            return ToolResults.Error(Describe(ex, SessionIdArgument.Of(context.Params?.Arguments)));
        }
    };

    public static string Describe(OktaApiException ex, string? sessionId)
    {
        var text = new StringBuilder(Advice(ex));
        var details = new List<string>();
        if (ex.StatusCode is int status)
        {
            details.Add(string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"));
        }

        Add(details, "errorCode", ex.ErrorCode);
        Add(details, "errorSummary", Redact(ex.ErrorSummary, sessionId));
        foreach (var cause in ex.ErrorCauses)
        {
            Add(details, "errorCause", Redact(cause, sessionId));
        }

        Add(details, "errorId", ex.ErrorId);
        Add(details, "requestId", ex.OktaRequestId);
        if (details.Count > 0)
        {
            text.Append(" (Okta: ").AppendJoin("; ", details).Append(')');
        }

        return text.ToString();
    }

    private static string Advice(OktaApiException ex) => (ex.Kind, ex.StatusCode, ex.ErrorCode, ex.Operation) switch
    {
        (OktaFailureKind.RateLimited, _, _, _) => ex.RateLimitResetsAt is { } reset
            ? string.Create(CultureInfo.InvariantCulture, $"Okta's rate limit for this org is spent; it resets at {reset.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}. Retry after that time.")
            : "Okta's rate limit for this org is spent. Retry in a minute.",
        // The client's message says which limit ran out (per attempt, the call's budget, or no free slot to Okta).
        (OktaFailureKind.Timeout, _, _, OktaOperations.GetSession) => $"{ex.Message} Retry shortly.",
        (OktaFailureKind.Timeout, _, _, _) => $"{ex.Message} The outcome is unknown: check with get-details-about-session before retrying a change.",
        (OktaFailureKind.Transport, _, _, _) => "Okta could not be reached (connection failed). Check the server's OKTA_ORG_URL and network, then retry.",
        (OktaFailureKind.InvalidResponse, _, _, _) => "Okta's answer could not be read (not JSON, the wrong shape, or too large). Check that OKTA_ORG_URL points at an Okta org.",
        (OktaFailureKind.NotConfigured, _, _, _) => ex.Message,
        (OktaFailureKind.TokenRefused, _, "invalid_client", _) => "Okta refused the server's OAuth client credentials: the operator must check that OKTA_CLIENT_ID is the API Services app's client id and that the app's registered public key (OKTA_KEY_ID, if set) matches OKTA_PRIVATE_KEY_FILE; retrying will not help.",
        (OktaFailureKind.TokenRefused, _, "invalid_scope", _) => "Okta would not grant the scopes in OKTA_SCOPES: an Okta administrator must grant okta.sessions.read and okta.sessions.manage to the app (Okta API Scopes tab); retrying will not help.",
        (OktaFailureKind.TokenRefused, _, "invalid_dpop_proof" or "use_dpop_nonce", _) => "Okta refused the server's DPoP proof when it asked for an access token. Check the server's clock, and that the app's DPoP setting matches; retrying will not help until that is fixed.",
        (OktaFailureKind.TokenRefused, _, _, _) => "Okta's token endpoint refused to issue the server an access token (is the app an API Services app with the client credentials grant and public key / private key client authentication?); retrying will not help.",
        (_, 403, _, _) when ex.MissingScope is { Length: > 0 } scope => $"The server's Okta access token lacks the scope {scope}, which this operation needs: an Okta administrator must grant {scope} to the app (Okta API Scopes tab), and OKTA_SCOPES must include it; retrying will not help.",
        (_, 403, _, _) when ex.AuthScheme is "DPoP" or "Bearer" => "The server's Okta OAuth app is not allowed to do this: its admin role lacks the permission to manage users' sessions. Ask an Okta administrator to assign one (Admin roles tab of the app).",
        (_, 401, _, _) when ex.AuthScheme is "DPoP" or "Bearer" => "Okta rejected the server's OAuth access token, also after a fresh one was fetched: the operator must check the app's settings (DPoP, granted scopes, admin role); retrying will not help.",
        (_, 401, "E0000011", _) => "Okta rejected the server's API token. The operator must set a valid token in OKTA_API_KEY; retrying will not help.",
        (_, 401, _, OktaOperations.CreateSession) => "Okta did not accept the session token: it is invalid, expired or already used (session tokens work once, for a few minutes). Authenticate again to get a fresh one.",
        (_, 401, _, _) => "Okta rejected the request as unauthenticated. The operator must check OKTA_API_KEY.",
        (_, 403, _, _) => "The server's API token is not allowed to do this: its admin role lacks the permission (okta.sessions.manage / okta.sessions.read). Ask an Okta administrator.",
        (_, 404, _, _) => "No active Okta session has this id: it never existed, has expired, or was already closed. Create a new session from a fresh session token if one is needed.",
        (_, 400, _, _) => "Okta refused the request as invalid.",
        (_, >= 500, _, _) => "Okta had a server-side problem. Retry shortly.",
        _ => "Okta refused the request.",
    };

    private static void Add(List<string> details, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            details.Add($"{name} {value}");
        }
    }

    private static string? Redact(string? text, string? sessionId) =>
        text is null || string.IsNullOrEmpty(sessionId)
            ? text
            : text.Replace(sessionId, OktaIdentifiers.Fingerprint(sessionId), StringComparison.Ordinal);
}
