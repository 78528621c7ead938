namespace OktaSessionMcp.Simulator.Org;

/// <summary>The org's state: outstanding session tokens and live sessions, with expiry on the injected clock.</summary>
internal sealed class SimulatedOrg(SimulatorOptions options)
{
    private readonly ExpiringStore<IssuedToken> tokens = new(token => token.ExpiresAt);
    private readonly ExpiringStore<SimulatedSession> sessions = new(session => session.ExpiresAt);

    internal int TokenCount => tokens.Count;

    internal int SessionCount => sessions.Count;

    private DateTimeOffset Now => options.TimeProvider.GetUtcNow();

    public IssuedToken IssueToken(SimulatedUser user)
    {
        var now = Now;
        var issued = new IssuedToken(OktaIds.NewSessionToken(), user, now, now + options.SessionTokenLifetime);
        tokens.Add(issued.Token, issued, now);
        return issued;
    }

    /// <summary>Redeems a token once; null when it is unknown, used or expired (Okta does not say which).</summary>
    public SimulatedSession? Redeem(string sessionToken)
    {
        var now = Now;
        if (tokens.Take(sessionToken, now) is not { } issued)
        {
            return null;
        }

        var session = new SimulatedSession(OktaIds.NewSessionId(), issued.User, now, now + options.SessionLifetime, issued.AuthenticatedAt);
        sessions.Add(session.Id, session, now);
        return session;
    }

    public SimulatedSession? Find(string sessionId) => sessions.Find(sessionId, Now);

    public SimulatedSession? Refresh(string sessionId)
    {
        var now = Now;
        return sessions.Update(sessionId, session => session with { ExpiresAt = now + options.SessionLifetime }, now);
    }

    public bool Close(string sessionId) => sessions.Take(sessionId, Now) is not null;

    public void CloseAll(SimulatedUser user) => sessions.RemoveWhere(session => session.User == user);

    internal void PurgeExpired()
    {
        var now = Now;
        tokens.PurgeExpired(now);
        sessions.PurgeExpired(now);
    }
}
