namespace OktaSessionMcp.Okta;

/// <summary>A call to Okta is about to wait and then retry; sent to the <see cref="IOktaCallObserver"/> of the call.</summary>
/// <param name="Operation">The Okta operationId, see <see cref="OktaOperations"/>.</param>
/// <param name="Reason">Why the call is retried.</param>
/// <param name="Retry">Which retry for this reason is coming: 1 or 2.</param>
/// <param name="MaxRetries">The most retries for this reason.</param>
/// <param name="Delay">How long the call waits before the retry.</param>
/// <param name="StatusCode">Okta's status on the refused attempt; <see langword="null"/> when it did not answer.</param>
/// <param name="RateLimitResetsAt">On 429, when the rate limit resets (from <c>X-Rate-Limit-Reset</c>).</param>
public sealed record OktaRetryNotice(
    string Operation,
    OktaRetryReason Reason,
    int Retry,
    int MaxRetries,
    TimeSpan Delay,
    int? StatusCode,
    DateTimeOffset? RateLimitResetsAt);
