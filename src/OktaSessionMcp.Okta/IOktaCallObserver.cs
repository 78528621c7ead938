namespace OktaSessionMcp.Okta;

/// <summary>
/// Hears about the Okta calls made within an <see cref="OktaCallObservation.Observe"/> scope: each answer Okta gives
/// (e.g. for an audit trail) and each wait before a retry (e.g. to tell a waiting user why an answer takes longer).
/// The client knows nothing of who listens or how they report. Implement what you need; the rest does nothing.
/// </summary>
public interface IOktaCallObserver
{
    /// <summary>Called before each wait for a retry. The call does not fail if this throws.</summary>
    /// <param name="notice">What is retried, why, and how long the call waits.</param>
    /// <param name="cancellationToken">The call's token.</param>
    /// <returns>A task that completes when the observer is done; the wait starts after it.</returns>
    ValueTask OnRetryAsync(OktaRetryNotice notice, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Called for every answer Okta gives, retried ones included. The call does not fail if this throws.</summary>
    /// <param name="answer">The answer's status and request id.</param>
    void OnAnswer(OktaAnswer answer)
    {
    }
}

/// <summary>One answer from Okta, as an observer sees it: headers only, never the body.</summary>
/// <param name="Operation">The Okta operationId, e.g. <c>getSession</c>.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="RequestId">Okta's X-Okta-Request-Id, unchecked (it comes from the network).</param>
public readonly record struct OktaAnswer(string Operation, int Status, string? RequestId);
