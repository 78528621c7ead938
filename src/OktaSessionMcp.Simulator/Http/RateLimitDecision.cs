namespace OktaSessionMcp.Simulator.Http;

/// <summary>What the rate limiter decided for one request, and what its X-Rate-Limit-* headers say.</summary>
/// <param name="Limit">Requests allowed in the window (int.MaxValue when the bucket is unlimited).</param>
/// <param name="Remaining">Requests left in the window after this one.</param>
/// <param name="ResetEpochSeconds">The end of the current one-minute window, in UTC epoch seconds.</param>
/// <param name="Exceeded">True when this request is over the limit and must be answered 429.</param>
internal readonly record struct RateLimitDecision(int Limit, int Remaining, long ResetEpochSeconds, bool Exceeded);
