namespace OktaSessionMcp.Okta.Tests.OAuth;

/// <summary>One token per process: shared by concurrent callers, reused until a minute before it expires.</summary>
public sealed class TokenReuseTests
{
    [Fact]
    public async Task GetSessionAsync_HundredConcurrentCalls_OneTokenRequest()
    {
        using var oauth = new OAuthHost();
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        await Task.WhenAll(Enumerable.Range(0, 120).Select(_ => oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None)));

        Assert.Single(oauth.TokenRequests);
        Assert.Equal(120, oauth.ApiRequests.Count);
    }

    [Fact]
    public async Task GetSessionAsync_OneSecondBeforeTheRenewalPoint_ReusesThenRenewsAtIt()
    {
        using var oauth = new OAuthHost();
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());
        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        // The token lives 3600 s; it is renewed from 60 s before that.
        oauth.Clock.Advance(TimeSpan.FromSeconds(3600 - 60 - 1));
        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        Assert.Single(oauth.TokenRequests);

        oauth.Clock.Advance(TimeSpan.FromSeconds(1));
        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        Assert.Equal(2, oauth.TokenRequests.Count);

        var renewal = oauth.Assertion(oauth.TokenRequests[1]);
        Assert.Equal(oauth.Clock.GetUtcNow().ToUnixTimeSeconds(), renewal.Number("iat"));
        Assert.Equal(oauth.Clock.GetUtcNow().AddMinutes(5).ToUnixTimeSeconds(), renewal.Number("exp"));
    }

    [Fact]
    public async Task GetSessionAsync_TokenShorterThanTheMargin_IsFetchedForEachCall()
    {
        using var oauth = new OAuthHost();
        oauth.DefaultTokenAnswer = () => OAuthHost.Token(expiresIn: 60);
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Equal(2, oauth.TokenRequests.Count);
    }
}
