using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OktaSessionMcp.Okta.Tests;

/// <summary>A misconfigured client refuses to start, naming the setting and how to fix it, without echoing secrets.</summary>
public sealed class OptionsValidationTests
{
    private const string ValidUrl = "https://example.okta.com";
    private const string ValidToken = "00TestApiToken";

    [Fact]
    public void ValidateOnStart_MissingOrgUrl_NamesOktaOrgUrlWithExample()
    {
        var failure = StartWith(options => options.ApiToken = ValidToken);

        Assert.Contains("OKTA_ORG_URL is required: set it to your org's URL, e.g. https://example.okta.com", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://example.okta.com")]
    [InlineData("http://10.0.0.5:8080")]
    [InlineData("ftp://example.okta.com")]
    public void ValidateOnStart_NonHttpsRemoteUrl_RequiresHttps(string url)
    {
        var failure = StartWith(options => (options.OrgUrl, options.ApiToken) = (new Uri(url), ValidToken));

        Assert.Contains("OKTA_ORG_URL must use https", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.okta.com/api/v1")]
    [InlineData("https://example.okta.com/oauth2/default")]
    [InlineData("https://example.okta.com/?x=1")]
    [InlineData("https://example.okta.com/#admin")]
    [InlineData("https://admin:s3cretPw@example.okta.com")]
    public void ValidateOnStart_UrlNotAnOrigin_AsksForOriginWithoutEchoingIt(string url)
    {
        var failure = StartWith(options => (options.OrgUrl, options.ApiToken) = (new Uri(url), ValidToken));

        Assert.Contains("OKTA_ORG_URL must be just the org's origin", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cretPw", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_RelativeUrl_AsksForAbsoluteUrl()
    {
        var failure = StartWith(options => (options.OrgUrl, options.ApiToken) = (new Uri("example.okta.com", UriKind.Relative), ValidToken));

        Assert.Contains("OKTA_ORG_URL must be an absolute URL", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ValidateOnStart_MissingToken_NamesOktaApiKey(string? token)
    {
        var failure = StartWith(options => (options.OrgUrl, options.ApiToken) = (new Uri(ValidUrl), token));

        Assert.Contains("OKTA_API_KEY is required", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_TokenWithTrailingNewline_AsksToRemoveItWithoutEchoingIt()
    {
        var failure = StartWith(options => (options.OrgUrl, options.ApiToken) = (new Uri(ValidUrl), "00SecretToken\n"));

        Assert.Contains("OKTA_API_KEY must be a single line", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("00SecretToken", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_NothingSet_ReportsEveryProblem()
    {
        var failure = StartWith(_ => { });

        Assert.Contains("OKTA_ORG_URL", failure.Message, StringComparison.Ordinal);
        Assert.Contains("OKTA_API_KEY is required", failure.Message, StringComparison.Ordinal);
        Assert.Contains("OKTA_CLIENT_ID and OKTA_PRIVATE_KEY_FILE", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 30_000, 1024, "AttemptTimeout must be between 10 ms and 1 day")]
    [InlineData(10_000, 0, 1024, "TotalTimeout must be between 10 ms and 1 day")]
    [InlineData(20_000, 10_000, 1024, "AttemptTimeout must not exceed OktaClientOptions.TotalTimeout")]
    [InlineData(10_000, 30_000, 0, "MaxResponseBytes must be positive")]
    public void ValidateOnStart_BadLimits_NameTheSetting(int attemptMs, int totalMs, int maxBytes, string expected)
    {
        var failure = StartWith(options =>
        {
            (options.OrgUrl, options.ApiToken) = (new Uri(ValidUrl), ValidToken);
            (options.AttemptTimeout, options.TotalTimeout) = (TimeSpan.FromMilliseconds(attemptMs), TimeSpan.FromMilliseconds(totalMs));
            options.MaxResponseBytes = maxBytes;
        });

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new OktaClientOptions();

        Assert.Equal(TimeSpan.FromSeconds(10), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.TotalTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.MaxRateLimitWait);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.TransientRetryDelay);
        Assert.Equal(20, options.MaxConcurrentRequests);
        Assert.Equal(1024 * 1024, options.MaxResponseBytes);
        Assert.Same(TimeProvider.System, options.TimeProvider);
    }

    [Theory]
    [InlineData(-1, 500, 20, "MaxRateLimitWait must be between 0 and 1 day: set Okta:MaxRateLimitWaitSeconds")]
    [InlineData(10_000, -1, 20, "TransientRetryDelay must be between 0 and 1 minute: set Okta:TransientRetryDelaySeconds")]
    [InlineData(10_000, 60_001, 20, "TransientRetryDelay must be between 0 and 1 minute")]
    [InlineData(10_000, 500, 0, "MaxConcurrentRequests must be between 1 and 1000: set Okta:MaxConcurrentRequests")]
    [InlineData(10_000, 500, 1001, "MaxConcurrentRequests must be between 1 and 1000")]
    public void ValidateOnStart_BadResilienceSettings_NameTheSetting(int maxWaitMs, int retryDelayMs, int maxConcurrent, string expected)
    {
        var failure = StartWith(options =>
        {
            (options.OrgUrl, options.ApiToken) = (new Uri(ValidUrl), ValidToken);
            options.MaxRateLimitWait = TimeSpan.FromMilliseconds(maxWaitMs);
            options.TransientRetryDelay = TimeSpan.FromMilliseconds(retryDelayMs);
            options.MaxConcurrentRequests = maxConcurrent;
        });

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_ZeroWaitAndZeroBackoff_Start()
    {
        using var services = Register(options =>
        {
            (options.OrgUrl, options.ApiToken) = (new Uri(ValidUrl), ValidToken);
            (options.MaxRateLimitWait, options.TransientRetryDelay, options.MaxConcurrentRequests) = (TimeSpan.Zero, TimeSpan.Zero, 1);
        });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(services.GetRequiredService<IOktaSessionClient>());
    }

    [Theory]
    [InlineData("https://example.okta.com")]
    [InlineData("https://example.okta.com/")]
    [InlineData("https://login.example.com:8443")]
    [InlineData("http://localhost:5099")]
    [InlineData("http://127.0.0.1:5099")]
    [InlineData("http://[::1]:5099")]
    public void ValidateOnStart_ValidSettings_Starts(string url)
    {
        using var services = Register(options => (options.OrgUrl, options.ApiToken) = (new Uri(url), ValidToken));

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(services.GetRequiredService<IOktaSessionClient>());
    }

    private static OptionsValidationException StartWith(Action<OktaClientOptions> configure) => OptionsStartup.Fail(configure);

    private static ServiceProvider Register(Action<OktaClientOptions> configure) => OptionsStartup.Register(configure);
}
