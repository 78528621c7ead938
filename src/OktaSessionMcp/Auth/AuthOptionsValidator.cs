using System.Globalization;

namespace OktaSessionMcp.Auth;

/// <summary>
/// Refuses inbound security settings that cannot work, naming the setting to fix. Run at start-up
/// (<c>ValidateOnStart</c>), before any listener binds; every problem is reported at once. What a non-loopback
/// <c>--bind</c> requires is checked with the bind, in <see cref="Hosting.ServerOptionsValidator"/>.
/// </summary>
internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (AuthSettings.Trimmed(options.OAuthIssuer) is { } issuer && !IsServerUrl(issuer))
        {
            failures.Add($"--oauth-issuer '{issuer}' must be an absolute https URL (http only on loopback), e.g. https://example.okta.com/oauth2/default.");
        }

        if (AuthSettings.Trimmed(options.ResourceUrl) is { } resource && !IsServerUrl(resource))
        {
            failures.Add($"--resource-url '{resource}' must be the absolute https URL (http only on loopback) that clients use for /mcp, e.g. https://mcp.example.com/mcp.");
        }

        foreach (var (flag, scope) in new[] { ("--read-scope", options.ReadScope.Trim()), ("--manage-scope", options.ManageScope.Trim()) })
        {
            // RFC 6749 scope-token: it goes into a quoted WWW-Authenticate parameter, so no quote, backslash or space.
            if (scope.Length == 0 || !scope.All(c => c is '!' or (>= '#' and <= '[') or (>= ']' and <= '~')))
            {
                failures.Add($"{flag} must be one OAuth scope: printable ASCII without spaces, quotes or backslashes, e.g. sessions:read.");
            }
        }

        if (options.RateLimit < 0 || options.RateLimitWindowSeconds < 1)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"--rate-limit must be 0 (off) or more and Auth:RateLimitWindowSeconds at least 1; they are {options.RateLimit} and {options.RateLimitWindowSeconds}."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsServerUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.Fragment)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
