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
    /// already starts with <c>SSWS </c> or <c>Bearer </c> is sent as given; a <c>Bearer</c> access token serves get, close
    /// and refresh, not createSession, which Okta accepts from an API token alone. Required unless <see cref="ClientId"/>
    /// is set; with both, it serves createSession only.
    /// </summary>
    public string? ApiToken { get; set; }

    /// <summary>
    /// The client id of an Okta API Services app (from <c>OKTA_CLIENT_ID</c>). When set, get, close and refresh use an
    /// OAuth 2.0 access token (client credentials with private_key_jwt, DPoP-bound when Okta issues it so).
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// The app's private key file (from <c>OKTA_PRIVATE_KEY_FILE</c>): PEM (PKCS#8 RSA 2048+ or EC P-256) or a JWK.
    /// </summary>
    public string? PrivateKeyFile { get; set; }

    /// <summary>The private key itself, PEM or JWK, instead of <see cref="PrivateKeyFile"/> (for keys made in memory).</summary>
    public string? PrivateKey { get; set; }

    /// <summary>The <c>kid</c> of the app's public key (from <c>OKTA_KEY_ID</c>); default the JWK's own kid, else none.</summary>
    public string? KeyId { get; set; }

    /// <summary>The scopes requested (from <c>OKTA_SCOPES</c>), space-separated.</summary>
    public string Scopes { get; set; } = DefaultScopes;

    /// <summary>What get (<c>okta.sessions.read</c>), close and refresh (<c>okta.sessions.manage</c>) need.</summary>
    public const string DefaultScopes = "okta.sessions.read okta.sessions.manage";

    /// <summary>Whether calls other than createSession use OAuth (<see cref="ClientId"/> is set).</summary>
    public bool UsesOAuth => !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>
    /// Whether createSession can be sent: Okta takes it only with an API token (SSWS), so not with an OAuth access token
    /// given as <c>Bearer x</c> in <see cref="ApiToken"/>.
    /// </summary>
    public bool CanCreateSessions =>
        !string.IsNullOrWhiteSpace(ApiToken) && !ApiToken.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

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
