namespace OktaSessionMcp.Okta;

/// <summary>
/// Hears about the retries of the Okta calls made within an <see cref="OktaRetryObservation.Observe"/> scope, e.g.
/// to tell a waiting user why an answer takes longer. The client knows nothing of who listens or how they report.
/// </summary>
public interface IOktaRetryObserver
{
    /// <summary>Called before each wait for a retry. The call does not fail if this throws.</summary>
    /// <param name="notice">What is retried, why, and how long the call waits.</param>
    /// <param name="cancellationToken">The call's token.</param>
    /// <returns>A task that completes when the observer is done; the wait starts after it.</returns>
    ValueTask OnRetryAsync(OktaRetryNotice notice, CancellationToken cancellationToken);
}
