using OktaSessionMcp.Okta;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// How the server authenticates to Okta, from configuration: an API token (OKTA_API_KEY, sent as SSWS) and/or an
/// OAuth API Services app (OKTA_CLIENT_ID, OKTA_PRIVATE_KEY_FILE, OKTA_KEY_ID, OKTA_SCOPES). Each setting has an
/// "Okta:" key too, which the command line and the embedded simulator use.
/// </summary>
public static class OktaAuthSettings
{
    public const string ClientId = "Okta:ClientId";
    public const string PrivateKeyFile = "Okta:PrivateKeyFile";

    /// <summary>The key itself, in memory: how the embedded simulator hands over the key pair it made.</summary>
    public const string PrivateKey = "Okta:PrivateKey";

    public static void Apply(IConfiguration configuration, OktaClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        options.ApiToken = NullIfEmpty(configuration["Okta:ApiToken"] ?? configuration["OKTA_API_KEY"]);
        options.ClientId = NullIfEmpty(configuration[ClientId] ?? configuration["OKTA_CLIENT_ID"]);
        options.PrivateKeyFile = NullIfEmpty(configuration[PrivateKeyFile] ?? configuration["OKTA_PRIVATE_KEY_FILE"]);
        options.PrivateKey = NullIfEmpty(configuration[PrivateKey]);
        options.KeyId = NullIfEmpty(configuration["Okta:KeyId"] ?? configuration["OKTA_KEY_ID"]);
        options.Scopes = configuration["Okta:Scopes"] ?? configuration["OKTA_SCOPES"] ?? OktaClientOptions.DefaultScopes;
    }

    /// <summary>
    /// Why the tools that create sessions are not offered, in one line, or null when they are: Okta creates a session
    /// from a session token only for an SSWS API token.
    /// </summary>
    public static string? CreateToolsWithheld(OktaClientOptions options) =>
        options is { UsesOAuth: true, CanCreateSessions: false }
            ? "okta-session-mcp: okta-create-session-session-token and okta-create-and-refresh-session are not offered: Okta creates sessions from session tokens only with an SSWS API token; set OKTA_API_KEY as well to offer them."
            : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
