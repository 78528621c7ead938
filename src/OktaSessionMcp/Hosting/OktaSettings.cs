using System.Globalization;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// The Okta client's settings from configuration, all in one place: which org, how the server authenticates to it (an
/// API token sent as SSWS, and/or an OAuth API Services app), and the client's limits in seconds as people write them.
/// Each setting has an "Okta:" key (command line, Okta__* environment variables, the embedded simulator); the org and
/// the credentials also have Okta's usual variable names (OKTA_ORG_URL, OKTA_API_KEY, OKTA_CLIENT_ID, ...).
/// </summary>
public static class OktaSettings
{
    public const string OrgUrl = "Okta:OrgUrl";
    public const string ApiToken = "Okta:ApiToken";
    public const string ClientId = "Okta:ClientId";
    public const string PrivateKeyFile = "Okta:PrivateKeyFile";

    /// <summary>The key itself, in memory: how the embedded simulator hands over the key pair it made.</summary>
    public const string PrivateKey = "Okta:PrivateKey";

    public const string AttemptTimeoutSeconds = "Okta:AttemptTimeoutSeconds";
    public const string TotalTimeoutSeconds = "Okta:TotalTimeoutSeconds";
    public const string MaxRateLimitWaitSeconds = "Okta:MaxRateLimitWaitSeconds";
    public const string TransientRetryDelaySeconds = "Okta:TransientRetryDelaySeconds";
    public const string MaxConcurrentRequests = "Okta:MaxConcurrentRequests";

    // Out of every limit's range, so that the client's validator names the setting instead of the binder failing
    // cryptically on a value that is not a number.
    private static readonly TimeSpan Unusable = TimeSpan.MinValue;

    public static void Apply(IConfiguration configuration, OktaClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var orgUrl = configuration[OrgUrl] ?? configuration["OKTA_ORG_URL"];
        options.OrgUrl = Uri.TryCreate(orgUrl, UriKind.RelativeOrAbsolute, out var uri) ? uri : null;

        options.ApiToken = NullIfEmpty(configuration[ApiToken] ?? configuration["OKTA_API_KEY"]);
        options.ClientId = NullIfEmpty(configuration[ClientId] ?? configuration["OKTA_CLIENT_ID"]);
        options.PrivateKeyFile = NullIfEmpty(configuration[PrivateKeyFile] ?? configuration["OKTA_PRIVATE_KEY_FILE"]);
        options.PrivateKey = NullIfEmpty(configuration[PrivateKey]);
        options.KeyId = NullIfEmpty(configuration["Okta:KeyId"] ?? configuration["OKTA_KEY_ID"]);
        options.Scopes = configuration["Okta:Scopes"] ?? configuration["OKTA_SCOPES"] ?? OktaClientOptions.DefaultScopes;

        options.AttemptTimeout = Seconds(configuration[AttemptTimeoutSeconds]) ?? options.AttemptTimeout;
        options.TotalTimeout = Seconds(configuration[TotalTimeoutSeconds]) ?? options.TotalTimeout;
        options.MaxRateLimitWait = Seconds(configuration[MaxRateLimitWaitSeconds]) ?? options.MaxRateLimitWait;
        options.TransientRetryDelay = Seconds(configuration[TransientRetryDelaySeconds]) ?? options.TransientRetryDelay;
        if (configuration[MaxConcurrentRequests] is { Length: > 0 } text)
        {
            options.MaxConcurrentRequests = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 0;
        }
    }

    /// <summary>
    /// Why the tools that create sessions are not offered, in one line, or null when they are: Okta creates a session
    /// from a session token only for an SSWS API token, and the server has an OAuth client or access token alone.
    /// </summary>
    public static string? CreateToolsWithheld(OktaClientOptions options) =>
        options.CanCreateSessions
            ? null
            : "okta-session-mcp: okta-create-session-session-token and okta-create-and-refresh-session are not offered: Okta creates sessions from session tokens only with an SSWS API token, not OAuth; set OKTA_API_KEY to an API token to offer them.";

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

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
