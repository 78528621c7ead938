using Microsoft.Extensions.Configuration;
using OktaSessionMcp.Hosting;
using OktaSessionMcp.Okta;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>
/// The Okta client's limits from configuration keys. Their command-line flags are in CommandLineTests, and the values
/// refused at start-up in StartupValidationTests.
/// </summary>
public sealed class OktaSettingsTests
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
    [InlineData("apiToken123", null, false)]
    [InlineData("SSWS apiToken123", "0oa-client", false)]
    [InlineData(null, "0oa-client", true)]
    [InlineData("Bearer accessToken123", null, true)]
    [InlineData("Bearer accessToken123", "0oa-client", true)]
    public void CreateToolsWithheld_OnlyWithoutAnApiToken(string? apiToken, string? clientId, bool withheld)
    {
        var reason = OktaSettings.CreateToolsWithheld(new OktaClientOptions { ApiToken = apiToken, ClientId = clientId });

        Assert.Equal(withheld, reason is not null);
        if (withheld)
        {
            Assert.Contains("OKTA_API_KEY", reason, StringComparison.Ordinal);
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
