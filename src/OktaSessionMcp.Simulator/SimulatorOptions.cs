namespace OktaSessionMcp.Simulator;

/// <summary>Settings for one <see cref="OktaSimulator"/>; read once by <see cref="OktaSimulator.StartAsync"/>.</summary>
public sealed class SimulatorOptions
{
    /// <summary>IP address to listen on ("localhost" means the IPv4 loopback).</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free one (see <see cref="OktaSimulator.BaseUrl"/>).</summary>
    public int Port { get; set; }

    /// <summary>The key every management call must send as <c>Authorization: SSWS &lt;key&gt;</c>.</summary>
    /// <remarks>The default is documented and deliberately not secret: the simulator guards nothing real.</remarks>
    public string ApiKey { get; set; } = "sim-api-key-not-secret";

    /// <summary>An optional second key that may read (GET) but is refused (403 E0000006) on writes.</summary>
    public string? ReadOnlyApiKey { get; set; }

    /// <summary>How long a session lives after it is created or refreshed.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a one-time session token may wait before it is redeemed.</summary>
    public TimeSpan SessionTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Per-minute request limit for <c>/api/v1/sessions*</c>; 0 means unlimited.</summary>
    public int RateLimitPerMinute { get; set; } = 600;

    /// <summary>The client id of the one OAuth API Services app; with <see cref="OAuthClientKey"/> it enables <c>/oauth2/v1/token</c>.</summary>
    public string? OAuthClientId { get; set; }

    /// <summary>That app's public key, as registered with Okta: PEM (SPKI or PKCS#1), a JWK or a JWKS with one key.</summary>
    public string? OAuthClientKey { get; set; }

    /// <summary>Issue Bearer tokens to token requests without a DPoP proof (Okta's "Require DPoP" turned off).</summary>
    public bool OAuthAllowBearer { get; set; }

    /// <summary>The scopes granted to the app, space-separated; a token request for any other is refused (invalid_scope).</summary>
    public string OAuthGrantedScopes { get; set; } = "okta.sessions.read okta.sessions.manage";

    /// <summary>How long an issued access token lives (Okta's org authorization server: one hour).</summary>
    public TimeSpan OAuthTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The clock behind every timestamp, expiry, rate-limit window and injected latency.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    // A private copy, so that a caller changing its options after start-up cannot change a running org.
    internal SimulatorOptions Snapshot() => (SimulatorOptions)MemberwiseClone();

    // Not an options validator: these are an argument of StartAsync (tests, the embedded simulator), checked before its host exists.
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(BindAddress, nameof(BindAddress));
        ArgumentOutOfRangeException.ThrowIfNegative(Port, nameof(Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535, nameof(Port));
        ArgumentException.ThrowIfNullOrWhiteSpace(ApiKey, nameof(ApiKey));
        if (ReadOnlyApiKey is not null && (ReadOnlyApiKey.Length == 0 || ReadOnlyApiKey == ApiKey))
        {
            throw new ArgumentException("ReadOnlyApiKey must be null or a non-empty key different from ApiKey.", nameof(ReadOnlyApiKey));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(SessionLifetime, TimeSpan.Zero, nameof(SessionLifetime));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(SessionTokenLifetime, TimeSpan.Zero, nameof(SessionTokenLifetime));
        ArgumentOutOfRangeException.ThrowIfNegative(RateLimitPerMinute, nameof(RateLimitPerMinute));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        if ((OAuthClientId is null) != (OAuthClientKey is null))
        {
            throw new ArgumentException("OAuthClientId and OAuthClientKey go together: set both to enable OAuth, or neither.", nameof(OAuthClientKey));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(OAuthTokenLifetime, TimeSpan.Zero, nameof(OAuthTokenLifetime));
        if (OAuthClientKey is not null)
        {
            try
            {
                OAuth.SimKeys.LoadPublic(OAuthClientKey).Dispose();
            }
            catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or System.Text.Json.JsonException or FormatException or IndexOutOfRangeException or InvalidOperationException or KeyNotFoundException)
            {
                throw new ArgumentException("OAuthClientKey is not an RSA or EC P-256 public key in PEM, JWK or JWKS form.", nameof(OAuthClientKey), exception);
            }
        }
    }
}
