using System.Globalization;
using System.Text;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Okta;

namespace OktaSessionMcp.Tools;

/// <summary>
/// The one place where a failed Okta call becomes something an agent can act on: what happened, what to do,
/// and Okta's own status, errorCode, errorSummary and errorId. Nothing secret: a session id that Okta echoes in
/// its errorSummary is replaced by its fingerprint.
/// </summary>
public static class ToolErrorMapper
{
    public static async Task<CallToolResult> InvokeAsync(string? sessionId, Func<Task<CallToolResult>> call)
    {
        try
        {
            return await call();
        }
        catch (OktaApiException ex)
        {
            return ToolResults.Error(Describe(ex, sessionId));
        }
    }

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
