namespace OktaSessionMcp.Okta;

/// <summary>
/// A small typed client for Okta's Sessions API: create, get, close and refresh a user's session.
/// </summary>
/// <remarks>
/// Every method validates its argument before anything is sent and throws <see cref="ArgumentException"/>
/// for a value that cannot be an Okta session id or session token. Failures reported by Okta or on the way to it
/// surface as <see cref="OktaApiException"/>; a cancelled <c>cancellationToken</c> surfaces as
/// <see cref="OperationCanceledException"/>.
/// </remarks>
public interface IOktaSessionClient
{
    /// <summary>Creates a session from a one-time session token (Okta operation <c>createSession</c>).</summary>
    /// <param name="sessionToken">The session token obtained from Okta's Authentication API; a one-time secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new session.</returns>
    Task<OktaSession> CreateSessionAsync(string sessionToken, CancellationToken cancellationToken);

    /// <summary>Retrieves a session by its id (Okta operation <c>getSession</c>).</summary>
    /// <param name="sessionId">The Okta session id (the value of the user's <c>sid</c> cookie).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session as Okta reports it.</returns>
    Task<OktaSession> GetSessionAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Closes (revokes) a session (Okta operation <c>revokeSession</c>).</summary>
    /// <param name="sessionId">The Okta session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when Okta has closed the session.</returns>
    Task CloseSessionAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Extends a session's lifetime (Okta operation <c>refreshSession</c>).</summary>
    /// <param name="sessionId">The Okta session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The refreshed session, with an updated <see cref="OktaSession.ExpiresAt"/>.</returns>
    Task<OktaSession> RefreshSessionAsync(string sessionId, CancellationToken cancellationToken);
}
