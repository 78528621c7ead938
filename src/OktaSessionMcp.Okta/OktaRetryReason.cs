namespace OktaSessionMcp.Okta;

/// <summary>Why a call to Okta is retried.</summary>
public enum OktaRetryReason
{
    /// <summary>Okta answered 429; the retry waits until the rate limit resets.</summary>
    RateLimited,

    /// <summary>A get or close met a transient failure (connection, 502, 503, 504, attempt timeout); the retry backs off.</summary>
    Transient,
}
