using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Hosting;
using OktaSessionMcp.Okta;

namespace OktaSessionMcp.Tests.Resilience;

/// <summary>The Okta client's limits from configuration keys and command-line flags, refused at start-up when wrong.</summary>
public sealed class OktaClientSettingsTests
{
    [Fact]
    public void Apply_AllKeysSet_SetsEveryLimit()
    {
        var options = new OktaClientOptions();

        OktaSettings.Apply(Configuration(new()
        {
            [OktaSettings.AttemptTimeoutSeconds] = "2.5",
            [OktaSettings.TotalTimeoutSeconds] = "12",
            [OktaSettings.MaxRateLimitWaitSeconds] = "0",
            [OktaSettings.TransientRetryDelaySeconds] = "0.25",
            [OktaSettings.MaxConcurrentRequests] = "5",
        }), options);

        Assert.Equal(
            (TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(12), TimeSpan.Zero, TimeSpan.FromSeconds(0.25), 5),
            (options.AttemptTimeout, options.TotalTimeout, options.MaxRateLimitWait, options.TransientRetryDelay, options.MaxConcurrentRequests));
    }

    [Fact]
    public void Apply_NothingSet_KeepsTheDefaults()
    {
        var options = new OktaClientOptions();

        OktaSettings.Apply(Configuration(new()), options);

        Assert.Equal(
            (TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(0.5), 20),
            (options.AttemptTimeout, options.TotalTimeout, options.MaxRateLimitWait, options.TransientRetryDelay, options.MaxConcurrentRequests));
    }

    [Theory]
    [InlineData(OktaSettings.AttemptTimeoutSeconds, "ten", "Okta:AttemptTimeoutSeconds")]
    [InlineData(OktaSettings.TotalTimeoutSeconds, "1e400", "Okta:TotalTimeoutSeconds")]
    [InlineData(OktaSettings.MaxRateLimitWaitSeconds, "-1", "Okta:MaxRateLimitWaitSeconds")]
    [InlineData(OktaSettings.TransientRetryDelaySeconds, "NaN", "Okta:TransientRetryDelaySeconds")]
    [InlineData(OktaSettings.MaxConcurrentRequests, "lots", "Okta:MaxConcurrentRequests")]
    public async Task Start_UnusableValue_FailsNamingTheKey(string key, string value, string named)
    {
        await using var app = HttpHost.Build(Configuration(new()
        {
            ["Server:McpPort"] = "0",
            ["Server:RestPort"] = "0",
            ["Okta:OrgUrl"] = "https://example.okta.com",
            ["Okta:ApiToken"] = "token",
            [key] = value,
        }));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--okta-attempt-timeout", "Okta:AttemptTimeoutSeconds")]
    [InlineData("--okta-total-timeout", "Okta:TotalTimeoutSeconds")]
    [InlineData("--okta-max-rate-limit-wait", "Okta:MaxRateLimitWaitSeconds")]
    [InlineData("--okta-max-concurrent-requests", "Okta:MaxConcurrentRequests")]
    public void Parse_ResilienceFlag_BecomesItsConfigurationKey(string flag, string key)
    {
        var result = CommandLine.Parse([flag, "7"]);

        Assert.Null(result.Error);
        Assert.Equal("7", result.Values[key]);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
