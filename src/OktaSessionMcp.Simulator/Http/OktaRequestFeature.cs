namespace OktaSessionMcp.Simulator.Http;

/// <summary>Per-request facts decided on arrival and read by later middleware.</summary>
/// <param name="RequestId">The X-Okta-Request-Id this request is answered with.</param>
/// <param name="RateLimit">The rate limiter's decision for it.</param>
internal sealed record OktaRequestFeature(string RequestId, RateLimitDecision RateLimit);
