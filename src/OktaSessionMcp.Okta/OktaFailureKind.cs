namespace OktaSessionMcp.Okta;

/// <summary>What went wrong in a call to Okta.</summary>
public enum OktaFailureKind
{
    /// <summary>Okta answered with an error status (other than 429).</summary>
    Api,

    /// <summary>Okta answered 429: the rate limit is exhausted until <see cref="OktaApiException.RateLimitResetsAt"/>.</summary>
    RateLimited,

    /// <summary>Okta could not be reached: connection refused or reset, DNS failure, TLS failure.</summary>
    Transport,

    /// <summary>Okta did not answer within the attempt timeout or the total timeout.</summary>
    Timeout,

    /// <summary>Okta answered success with something that is not the expected JSON: wrong type, wrong shape, too large.</summary>
    InvalidResponse,

    /// <summary>
    /// Okta's token endpoint refused to issue an access token: <see cref="OktaApiException.ErrorCode"/> is its OAuth
    /// error (e.g. <c>invalid_client</c> for a wrong client id or key, <c>invalid_scope</c> for a scope not granted).
    /// </summary>
    TokenRefused,

    /// <summary>The call needs a credential that is not configured (createSession without an API token); nothing was sent.</summary>
    NotConfigured,
}
