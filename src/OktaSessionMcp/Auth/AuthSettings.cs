using System.Globalization;
using System.Net;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Auth;

/// <summary>
/// <see cref="AuthOptions"/> checked and resolved once at start-up: keys hashed, URLs parsed. Every problem is a
/// <see cref="StartupException"/> that names the setting to fix.
/// </summary>
internal sealed class AuthSettings
{
    private AuthSettings(AuthOptions options, StaticKeyStore keys)
    {
        Keys = keys;
        Issuer = options.OAuthIssuer?.Trim() is { Length: > 0 } issuer ? issuer : null;
        Audience = options.OAuthAudience?.Trim() is { Length: > 0 } audience ? audience : null;
        ResourceUrl = options.ResourceUrl?.Trim() is { Length: > 0 } resource ? resource : null;
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
        var settings = new AuthSettings(options, StaticKeyLoader.Load(options.KeysFile, rawKeys));
        settings.Check(configuration[$"{ServerOptions.Section}:{nameof(ServerOptions.Bind)}"]);
        return settings;
    }

    private void Check(string? bind)
    {
        if (Issuer is not null && !IsServerUrl(Issuer))
        {
            throw new StartupException($"--oauth-issuer '{Issuer}' must be an absolute https URL (http only on loopback), e.g. https://example.okta.com/oauth2/default.");
        }

        if (ResourceUrl is not null && !IsServerUrl(ResourceUrl))
        {
            throw new StartupException($"--resource-url '{ResourceUrl}' must be the absolute https URL (http only on loopback) that clients use for /mcp, e.g. https://mcp.example.com/mcp.");
        }

        if (Issuer is not null && ResourceUrl is null && Audience is null && !IsLoopbackBind(bind))
        {
            throw new StartupException(
                "--oauth-issuer with a non-loopback --bind needs --resource-url: the URL clients use to reach /mcp (e.g. " +
                "https://mcp.example.com/mcp). It is the audience access tokens must be issued for, and cannot be guessed from the bind address.");
        }

        foreach (var (name, scope) in new[] { ("--read-scope", ReadScope), ("--manage-scope", ManageScope) })
        {
            // RFC 6749 scope-token: it goes into a quoted WWW-Authenticate parameter, so no quote, backslash or space.
            if (scope.Length == 0 || !scope.All(c => c is '!' or (>= '#' and <= '[') or (>= ']' and <= '~')))
            {
                throw new StartupException($"{name} must be one OAuth scope: printable ASCII without spaces, quotes or backslashes, e.g. sessions:read.");
            }
        }

        if (RateLimit < 0 || RateLimitWindow < TimeSpan.FromSeconds(1))
        {
            throw new StartupException(string.Create(CultureInfo.InvariantCulture,
                $"--rate-limit must be 0 (off) or more and Auth:RateLimitWindowSeconds at least 1; they are {RateLimit} and {RateLimitWindow.TotalSeconds}."));
        }
    }

    private static bool IsServerUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.Fragment)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    private static bool IsLoopbackBind(string? bind) =>
        string.IsNullOrWhiteSpace(bind)
        || bind.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(bind, out var address) && IPAddress.IsLoopback(address));
}
