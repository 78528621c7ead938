using OktaSessionMcp.Hosting;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>
/// A misconfigured server refuses to start, and says which setting to fix: one row per unusable value of one setting,
/// every other setting usable. Refusals that depend on a combination of settings are tested with their concern.
/// </summary>
public sealed class StartupValidationTests
{
    [Theory]
    // Okta org and token.
    [InlineData("Okta:OrgUrl", null, "OKTA_ORG_URL")]
    [InlineData("Okta:OrgUrl", "http://example.okta.com", "OKTA_ORG_URL")]
    [InlineData("Okta:ApiToken", null, "OKTA_API_KEY")]
    // Beyond loopback without authentication.
    [InlineData("Server:Bind", "0.0.0.0", "--bind")]
    [InlineData("Server:Bind", "192.168.1.10", "--bind")]
    // Inbound authentication.
    [InlineData("Auth:OAuthIssuer", "http://example.okta.com/oauth2/default", "--oauth-issuer")]
    [InlineData("Auth:ResourceUrl", "not a url", "--resource-url")]
    [InlineData("Auth:ReadScope", "sessions read", "--read-scope")]
    [InlineData("Auth:ManageScope", "a\"b", "--manage-scope")]
    [InlineData("Auth:RateLimit", "-1", "--rate-limit")]
    [InlineData("Auth:RateLimitWindowSeconds", "0", "Auth:RateLimitWindowSeconds")]
    // Confirmation of destructive calls.
    [InlineData("Server:ConfirmDestructive", "sometimes", "--confirm-destructive")]
    [InlineData("Server:ConfirmDestructive", "1", "--confirm-destructive")]
    [InlineData("Server:ConfirmationMinutes", "0", "ConfirmationMinutes")]
    [InlineData("Server:ConfirmationMinutes", "61", "ConfirmationMinutes")]
    // The Okta client's limits.
    [InlineData(OktaSettings.AttemptTimeoutSeconds, "ten", "Okta:AttemptTimeoutSeconds")]
    [InlineData(OktaSettings.TotalTimeoutSeconds, "1e400", "Okta:TotalTimeoutSeconds")]
    [InlineData(OktaSettings.MaxRateLimitWaitSeconds, "-1", "Okta:MaxRateLimitWaitSeconds")]
    [InlineData(OktaSettings.TransientRetryDelaySeconds, "NaN", "Okta:TransientRetryDelaySeconds")]
    [InlineData(OktaSettings.MaxConcurrentRequests, "lots", "Okta:MaxConcurrentRequests")]
    public async Task Start_UnusableSetting_FailsNamingIt(string key, string? value, string named)
    {
        var failure = await UnstartedHost.StartFailureAsync((key, value));

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
