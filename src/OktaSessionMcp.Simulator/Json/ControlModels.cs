namespace OktaSessionMcp.Simulator.Json;

/// <summary>Body of <c>POST /api/v1/sessions</c> (schema <c>CreateSessionRequest</c>).</summary>
internal sealed record CreateSessionRequest(string? SessionToken);

/// <summary>Body of <c>POST /__sim/session-tokens</c>.</summary>
internal sealed record MintTokenRequest(string? Login);

/// <summary>Answer of <c>POST /__sim/session-tokens</c>.</summary>
internal sealed record MintTokenResponse(string SessionToken, string ExpiresAt, string UserId);

/// <summary>Answer of <c>GET /__sim/health</c>.</summary>
internal sealed record HealthResponse(string Status);
