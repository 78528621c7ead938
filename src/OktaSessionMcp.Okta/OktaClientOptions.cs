namespace OktaSessionMcp.Okta;

/// <summary>Settings of the Okta client, validated at start-up.</summary>
public sealed class OktaClientOptions
{
    /// <summary>
    /// The org's origin, e.g. <c>https://example.okta.com</c> (from <c>OKTA_ORG_URL</c>). https is required; http is
    /// accepted only for loopback hosts. No path, query, fragment or user info.
    /// </summary>
    public Uri? OrgUrl { get; set; }

    /// <summary>
    /// The Okta API token (from <c>OKTA_API_KEY</c>), sent as <c>Authorization: SSWS &lt;token&gt;</c>. A value that
    /// already starts with <c>SSWS </c> or <c>Bearer </c> is sent as given.
    /// </summary>
    public string? ApiToken { get; set; }

    /// <summary>How long one attempt (request, headers and body) may take. Default 10 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a whole call may take, across any retries. Default 30 seconds.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest response body accepted, in bytes. Default 1 MiB.</summary>
    public int MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The longest wait for a rate-limit reset that a call takes before retrying a 429 (at most twice). A reset
    /// further away, or beyond what is left of <see cref="TotalTimeout"/>, fails the call at once with
    /// <see cref="OktaFailureKind.RateLimited"/>. Zero never waits. Default 10 seconds.
    /// </summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The first backoff before retrying a transient failure of a get or close (connection failure, 502, 503, 504,
    /// attempt timeout); it doubles for the second retry and is jittered. Default 500 ms.
    /// </summary>
    public TimeSpan TransientRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The most requests in flight to Okta at once, across all callers; further callers queue, within their
    /// <see cref="TotalTimeout"/>. Keeps the server below the org's concurrent-request limit. Default 20.
    /// </summary>
    public int MaxConcurrentRequests { get; set; } = 20;

    /// <summary>
    /// The clock behind timeouts, retry waits and the time budget; tests pass a fake one. Default the system clock.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
