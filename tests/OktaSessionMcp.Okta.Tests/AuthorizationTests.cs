namespace OktaSessionMcp.Okta.Tests;

/// <summary>The auth handler stamps the configured token, adding "SSWS " only when the value has no scheme.</summary>
public sealed class AuthorizationTests
{
    [Theory]
    [InlineData("plainApiToken123", "SSWS plainApiToken123")]
    [InlineData("SSWS alreadyPrefixed123", "SSWS alreadyPrefixed123")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig", "Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig")]
    [InlineData("SSWSnoSpaceToken", "SSWS SSWSnoSpaceToken")]
    public async Task GetSessionAsync_ConfiguredToken_SendsExpectedAuthorization(string configured, string expected)
    {
        using var host = new OktaTestHost(options => options.ApiToken = configured);
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        await host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Equal(expected, Assert.Single(host.Requests).Authorization);
    }

    [Theory]
    [InlineData("Bearer accessToken123")]
    [InlineData("bearer accessToken123")]
    public async Task CreateSessionAsync_BearerToken_RefusedBeforeAnythingIsSent(string configured)
    {
        // Okta's createSession takes an API token (SSWS) only; an OAuth access token still serves get, close and refresh.
        using var host = new OktaTestHost(options => options.ApiToken = configured);
        host.On(HttpMethod.Post, "/api/v1/sessions", () => OktaResponses.Session());

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None));

        Assert.Equal(OktaFailureKind.NotConfigured, failure.Kind);
        Assert.Contains("OKTA_API_KEY", failure.Message, StringComparison.Ordinal);
        Assert.Empty(host.Requests);
    }
}
