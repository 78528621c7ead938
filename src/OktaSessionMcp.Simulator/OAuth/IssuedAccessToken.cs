namespace OktaSessionMcp.Simulator.OAuth;

/// <summary>An access token the simulated org issued: its scopes, its expiry and, when DPoP-bound, its key's thumbprint (cnf.jkt).</summary>
internal sealed record IssuedAccessToken(IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt, string? BoundKeyThumbprint);
