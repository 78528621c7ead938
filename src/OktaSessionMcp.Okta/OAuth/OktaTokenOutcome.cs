namespace OktaSessionMcp.Okta.OAuth;

/// <summary>
/// A token, or Okta's own 429 or 5xx answer from the token endpoint, handed up as the answer to the call so that the
/// resilience pipeline treats it as it treats the same answer from the API (waits, retries, or reports it).
/// </summary>
internal sealed record OktaTokenOutcome(OktaAccessToken? Token, HttpResponseMessage? Unavailable);
