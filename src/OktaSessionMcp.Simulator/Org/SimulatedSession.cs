namespace OktaSessionMcp.Simulator.Org;

/// <summary>An active session of the simulated org. Immutable: a refresh swaps in a copy.</summary>
internal sealed record SimulatedSession(
    string Id,
    SimulatedUser User,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset LastPasswordVerification);
