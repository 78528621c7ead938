using System.Globalization;
using OktaSessionMcp.Okta;

namespace OktaSessionMcp.Resilience;

/// <summary>
/// The Okta client's limits from configuration ("Okta" section: command line, Okta__* environment variables), in
/// seconds as people write them. A value that is not a number becomes one the client's validator refuses at
/// start-up, with a message that names the key.
/// </summary>
public static class OktaClientSettings
{
    public const string AttemptTimeoutSeconds = "Okta:AttemptTimeoutSeconds";
    public const string TotalTimeoutSeconds = "Okta:TotalTimeoutSeconds";
    public const string MaxRateLimitWaitSeconds = "Okta:MaxRateLimitWaitSeconds";
    public const string TransientRetryDelaySeconds = "Okta:TransientRetryDelaySeconds";
    public const string MaxConcurrentRequests = "Okta:MaxConcurrentRequests";

    // Out of every setting's range, so that the validator names the setting instead of the binder failing cryptically.
    private static readonly TimeSpan Unusable = TimeSpan.MinValue;

    public static void Apply(IConfiguration configuration, OktaClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        options.AttemptTimeout = Seconds(configuration[AttemptTimeoutSeconds]) ?? options.AttemptTimeout;
        options.TotalTimeout = Seconds(configuration[TotalTimeoutSeconds]) ?? options.TotalTimeout;
        options.MaxRateLimitWait = Seconds(configuration[MaxRateLimitWaitSeconds]) ?? options.MaxRateLimitWait;
        options.TransientRetryDelay = Seconds(configuration[TransientRetryDelaySeconds]) ?? options.TransientRetryDelay;
        if (configuration[MaxConcurrentRequests] is { Length: > 0 } text)
        {
            options.MaxConcurrentRequests = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 0;
        }
    }

    private static TimeSpan? Seconds(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && double.IsFinite(seconds) && Math.Abs(seconds) < TimeSpan.MaxValue.TotalSeconds
                ? TimeSpan.FromSeconds(seconds)
                : Unusable;
    }
}
