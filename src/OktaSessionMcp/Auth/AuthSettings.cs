namespace OktaSessionMcp.Auth;

/// <summary>
/// <see cref="AuthOptions"/> resolved once, while the host is built: keys hashed, texts trimmed. The values are checked
/// at start by <see cref="AuthOptionsValidator"/>; only the keys are checked here (<see cref="StaticKeyLoader"/>).
/// </summary>
internal sealed class AuthSettings
{
    private AuthSettings(AuthOptions options, StaticKeyStore keys)
    {
        Keys = keys;
        Issuer = Trimmed(options.OAuthIssuer);
        Audience = Trimmed(options.OAuthAudience);
        ResourceUrl = Trimmed(options.ResourceUrl);
        ReadScope = options.ReadScope.Trim();
        ManageScope = options.ManageScope.Trim();
        RateLimit = options.RateLimit;
        RateLimitWindow = TimeSpan.FromSeconds(options.RateLimitWindowSeconds);
    }

    public StaticKeyStore Keys { get; }

    /// <summary>The OAuth issuer exactly as configured (tokens' <c>iss</c>); null when OAuth is off.</summary>
    public string? Issuer { get; }

    /// <summary>The configured audience; null means the resource URL.</summary>
    public string? Audience { get; }

    /// <summary>The configured canonical URL of /mcp; null means derived from the listener.</summary>
    public string? ResourceUrl { get; }

    public string ReadScope { get; }

    public string ManageScope { get; }

    public int RateLimit { get; }

    public TimeSpan RateLimitWindow { get; }

    /// <summary>Whether callers must authenticate: static keys or an OAuth issuer are configured.</summary>
    public bool IsEnabled => !Keys.IsEmpty || Issuer is not null;

    public static AuthSettings Load(IConfiguration configuration)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var rawKeys = string.Join(',', new[] { options.Keys, configuration[AuthOptions.KeysEnvironmentVariable] }.Where(k => !string.IsNullOrWhiteSpace(k)));
        return new AuthSettings(options, StaticKeyLoader.Load(options.KeysFile, rawKeys));
    }

    /// <summary>A configured text without its surrounding spaces; null when there is none.</summary>
    public static string? Trimmed(string? value) => value?.Trim() is { Length: > 0 } text ? text : null;
}
