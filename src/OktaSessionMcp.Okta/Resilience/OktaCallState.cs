using OktaSessionMcp.Okta.Http;
using Polly;
using Polly.Timeout;

namespace OktaSessionMcp.Okta.Resilience;

/// <summary>
/// One call's way through the pipeline, shared by its strategies through the Polly context. Attempts of one call
/// run one after another, so plain fields suffice.
/// </summary>
internal sealed class OktaCallState(HttpRequestMessage request, OktaCall? call, long startedAt, CancellationToken callerToken)
{
    private static readonly ResiliencePropertyKey<OktaCallState> Key = new("OktaSessionMcp.Okta.CallState");

    public HttpRequestMessage Request => request;

    /// <summary>The Okta operationId; "unknown" for a request sent past the client, which is never retried as transient.</summary>
    public string Operation => call?.Operation ?? "unknown";

    public bool IsIdempotent => call?.IsIdempotent ?? false;

    /// <summary>When the call entered the pipeline, as a timestamp of the client's TimeProvider.</summary>
    public long StartedAt => startedAt;

    /// <summary>The caller's own token, to tell a caller who gave up from an attempt that timed out.</summary>
    public CancellationToken CallerToken => callerToken;

    public int Attempts { get; set; }

    public int Retries { get; set; }

    /// <summary>The X-Okta-Request-Id of the latest answer that was retried, sent back as X-Okta-Retry-For.</summary>
    public string? RetryFor { get; set; }

    /// <summary>True while the call waits for a free slot under the concurrency cap, and after it gave up waiting.</summary>
    public bool WaitingForSlot { get; set; }

    public bool TotalTimedOut { get; private set; }

    public static OktaCallState Of(ResilienceContext context) =>
        context.Properties.TryGetValue(Key, out var state)
            ? state
            : throw new InvalidOperationException("The Okta pipeline runs only below OktaCallHandler.");

    /// <summary>The total timeout's callback: tells the handler which of the two timeouts ended the call.</summary>
    public static ValueTask OnTotalTimeout(OnTimeoutArguments arguments)
    {
        Of(arguments.Context).TotalTimedOut = true;
        return ValueTask.CompletedTask;
    }

    public void AttachTo(ResilienceContext context) => context.Properties.Set(Key, this);
}
