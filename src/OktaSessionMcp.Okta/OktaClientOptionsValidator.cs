using Microsoft.Extensions.Options;

namespace OktaSessionMcp.Okta;

/// <summary>
/// Refuses a misconfigured client at start-up, naming the setting and how to fix it. Messages never echo the
/// configured values: the URL may carry user info and the token is a secret.
/// </summary>
internal sealed class OktaClientOptionsValidator : IValidateOptions<OktaClientOptions>
{
    private const string OrgUrlExample = "e.g. https://example.okta.com";

    // More requests in flight than this would exceed every Okta org's concurrent limit.
    private const int MaxConcurrency = 1000;

    // Polly's timeout strategy accepts 10 ms to 1 day; checked here so the message names the setting.
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(1);

    // A first backoff beyond a minute would not fit any sensible time budget.
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, OktaClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateOrgUrl(options.OrgUrl, failures);
        ValidateApiToken(options.ApiToken, required: !options.UsesOAuth, failures);
        OktaOAuthValidation.Validate(options, failures);
        ValidateTimeout(nameof(OktaClientOptions.AttemptTimeout), "Okta:AttemptTimeoutSeconds", options.AttemptTimeout, failures);
        ValidateTimeout(nameof(OktaClientOptions.TotalTimeout), "Okta:TotalTimeoutSeconds", options.TotalTimeout, failures);
        if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add("OktaClientOptions.AttemptTimeout must not exceed OktaClientOptions.TotalTimeout: lower the attempt timeout or raise the total.");
        }

        if (options.MaxResponseBytes <= 0)
        {
            failures.Add("OktaClientOptions.MaxResponseBytes must be positive: Okta's session responses are a few kilobytes; the default is 1 MiB.");
        }

        ValidateResilience(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateOrgUrl(Uri? url, List<string> failures)
    {
        if (url is null)
        {
            failures.Add($"OKTA_ORG_URL is required: set it to your org's URL, {OrgUrlExample}");
        }
        else if (!url.IsAbsoluteUri)
        {
            failures.Add($"OKTA_ORG_URL must be an absolute URL: set it to your org's URL, {OrgUrlExample}");
        }
        else if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        {
            failures.Add($"OKTA_ORG_URL must use https (http is accepted only for localhost): set it to your org's URL, {OrgUrlExample}");
        }
        else if (url.PathAndQuery != "/" || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            failures.Add($"OKTA_ORG_URL must be just the org's origin, without path, query, fragment or user info: {OrgUrlExample} (not .../api/v1)");
        }
    }

    private static void ValidateApiToken(string? token, bool required, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            if (required)
            {
                failures.Add("OKTA_API_KEY is required: set it to an Okta API token (Admin Console > Security > API > Tokens), or use an OAuth service app with OKTA_CLIENT_ID and OKTA_PRIVATE_KEY_FILE");
            }
        }
        else if (token.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            failures.Add("OKTA_API_KEY must be a single line: remove the line break (often a trailing newline from a file or secret store)");
        }
    }

    private static void ValidateTimeout(string setting, string key, TimeSpan value, List<string> failures)
    {
        if (value < MinTimeout || value > MaxTimeout)
        {
            failures.Add($"OktaClientOptions.{setting} must be between 10 ms and 1 day: set {key} to a number of seconds, e.g. 10.");
        }
    }

    private static void ValidateResilience(OktaClientOptions options, List<string> failures)
    {
        if (options.MaxRateLimitWait < TimeSpan.Zero || options.MaxRateLimitWait > MaxTimeout)
        {
            failures.Add("OktaClientOptions.MaxRateLimitWait must be between 0 and 1 day: set Okta:MaxRateLimitWaitSeconds to a number of seconds, e.g. 10 (0 never waits for a rate-limit reset).");
        }

        if (options.TransientRetryDelay < TimeSpan.Zero || options.TransientRetryDelay > MaxRetryDelay)
        {
            failures.Add("OktaClientOptions.TransientRetryDelay must be between 0 and 1 minute: set Okta:TransientRetryDelaySeconds to a number of seconds, e.g. 0.5.");
        }

        if (options.MaxConcurrentRequests is < 1 or > MaxConcurrency)
        {
            failures.Add($"OktaClientOptions.MaxConcurrentRequests must be between 1 and {MaxConcurrency}: set Okta:MaxConcurrentRequests below your org's concurrent rate limit, e.g. 20.");
        }

        if (options.TimeProvider is null)
        {
            failures.Add("OktaClientOptions.TimeProvider must not be null: leave it at TimeProvider.System.");
        }
    }
}
