namespace OktaSessionMcp.Simulator.Org;

/// <summary>A session token waiting to be redeemed.</summary>
/// <param name="Token">The one-time secret itself.</param>
/// <param name="User">Whom the token authenticates.</param>
/// <param name="AuthenticatedAt">When the password was checked; becomes the session's lastPasswordVerification.</param>
/// <param name="ExpiresAt">From this instant on the token is refused.</param>
internal sealed record IssuedToken(string Token, SimulatedUser User, DateTimeOffset AuthenticatedAt, DateTimeOffset ExpiresAt);
