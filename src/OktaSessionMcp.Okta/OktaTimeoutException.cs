namespace OktaSessionMcp.Okta;

/// <summary>A call ran out of time; says which limit and after how many attempts, for the failure message.</summary>
internal sealed class OktaTimeoutException(OktaTimeoutScope scope, TimeSpan timeout, int attempts, int maxConcurrentRequests, Exception innerException)
    : Exception($"The call to Okta timed out ({scope}).", innerException)
{
    public OktaTimeoutScope Scope { get; } = scope;

    public TimeSpan Timeout { get; } = timeout;

    public int Attempts { get; } = attempts;

    public int MaxConcurrentRequests { get; } = maxConcurrentRequests;
}
