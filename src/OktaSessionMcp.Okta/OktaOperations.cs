namespace OktaSessionMcp.Okta;

/// <summary>The operation names reported in <see cref="OktaApiException.Operation"/>: Okta's own operationIds.</summary>
public static class OktaOperations
{
    /// <summary><c>POST /api/v1/sessions</c>.</summary>
    public const string CreateSession = "createSession";

    /// <summary><c>GET /api/v1/sessions/{sessionId}</c>.</summary>
    public const string GetSession = "getSession";

    /// <summary><c>DELETE /api/v1/sessions/{sessionId}</c>.</summary>
    public const string RevokeSession = "revokeSession";

    /// <summary><c>POST /api/v1/sessions/{sessionId}/lifecycle/refresh</c>.</summary>
    public const string RefreshSession = "refreshSession";
}
