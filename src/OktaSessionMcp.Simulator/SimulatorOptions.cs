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

    /// <summary>The clock behind every timestamp, expiry, rate-limit window and injected latency.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    // A private copy, so that a caller changing its options after start-up cannot change a running org.
    internal SimulatorOptions Snapshot() => (SimulatorOptions)MemberwiseClone();

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
    }
}
