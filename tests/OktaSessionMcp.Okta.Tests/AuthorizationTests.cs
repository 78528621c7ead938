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

    [Fact]
    public async Task CreateSessionAsync_BearerToken_IsSentAsGiven()
    {
        using var host = new OktaTestHost(options => options.ApiToken = "Bearer accessToken123");
        host.On(HttpMethod.Post, "/api/v1/sessions", () => OktaResponses.Session());

        await host.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None);

        Assert.Equal("Bearer accessToken123", Assert.Single(host.Requests).Authorization);
    }
}
