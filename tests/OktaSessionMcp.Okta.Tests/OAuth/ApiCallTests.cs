using System.Net;

namespace OktaSessionMcp.Okta.Tests.OAuth;

/// <summary>API calls carry the access token the way Okta issued it: DPoP with a fresh bound proof, or Bearer.</summary>
public sealed class ApiCallTests
{
    [Fact]
    public async Task GetCloseRefresh_DPoPToken_EachSendsDPoPAuthorizationAndAFreshBoundProof()
    {
        using var oauth = new OAuthHost();
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());
        oauth.Host.On(HttpMethod.Delete, OktaTestHost.SessionPath, () => OktaResponses.NoContent());
        oauth.Host.On(HttpMethod.Post, OktaTestHost.SessionPath + "/lifecycle/refresh", () => OktaResponses.Session());

        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        await oauth.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        await oauth.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Single(oauth.TokenRequests);
        var calls = oauth.ApiRequests;
        Assert.Equal(["GET", "POST", "DELETE"], calls.Select(c => c.Method.Method));
        var jtis = new HashSet<string>();
        foreach (var call in calls)
        {
            Assert.Equal($"DPoP {OAuthHost.AccessToken}", call.Authorization);
            var proof = oauth.Proof(call);
            Assert.Equal(call.Method.Method, proof.Text("htm"));
            Assert.Equal(OktaTestHost.OrgUrl + call.RawPathAndQuery, proof.Text("htu"));
            Assert.Equal(Jws.Hash(OAuthHost.AccessToken), proof.Text("ath"));
            Assert.Equal(oauth.Clock.GetUtcNow().ToUnixTimeSeconds(), proof.Number("iat"));
            Assert.True(jtis.Add(proof.Text("jti")), "each proof needs its own jti");
        }
    }

    [Fact]
    public async Task GetSessionAsync_NonceFromTokenEndpoint_IsInTheApiProof()
    {
        using var oauth = new OAuthHost();
        oauth.TokenAnswers.Enqueue(() => OAuthHost.TokenError(HttpStatusCode.BadRequest, "use_dpop_nonce", "nonce required", "nonce-B2"));
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Equal("nonce-B2", oauth.Proof(Assert.Single(oauth.ApiRequests)).Text("nonce"));
    }

    [Fact]
    public async Task GetSessionAsync_BearerToken_SendsPlainBearerWithoutProof()
    {
        using var oauth = new OAuthHost();
        oauth.DefaultTokenAnswer = () => OAuthHost.Token(type: "Bearer");
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        var call = Assert.Single(oauth.ApiRequests);
        Assert.Equal($"Bearer {OAuthHost.AccessToken}", call.Authorization);
        Assert.Null(call.DPoP);
    }

    [Fact]
    public async Task CreateSessionAsync_ApiTokenAndOAuth_CreatesWithSswsAndFetchesNoToken()
    {
        using var oauth = new OAuthHost(apiToken: OktaTestHost.ApiToken);
        oauth.Host.On(HttpMethod.Post, "/api/v1/sessions", () => OktaResponses.Session());
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        await oauth.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None);
        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        var (create, get) = (oauth.ApiRequests[0], oauth.ApiRequests[1]);
        Assert.Equal($"SSWS {OktaTestHost.ApiToken}", create.Authorization);
        Assert.Null(create.DPoP);
        Assert.StartsWith("DPoP ", get.Authorization, StringComparison.Ordinal);
        Assert.Single(oauth.TokenRequests);
    }

    [Fact]
    public async Task CreateSessionAsync_OAuthOnly_RefusedBeforeAnythingIsSent()
    {
        using var oauth = new OAuthHost();

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None));

        Assert.Equal(OktaFailureKind.NotConfigured, failure.Kind);
        Assert.Contains("OKTA_API_KEY", failure.Message, StringComparison.Ordinal);
        Assert.Empty(oauth.Host.Requests);
    }

    [Fact]
    public async Task GetSessionAsync_ApiAsksForNonce_ResendsOnceWithItAndTheSameToken()
    {
        using var oauth = new OAuthHost();
        var answers = new Queue<HttpResponseMessage>([
            OAuthHost.Challenge(HttpStatusCode.Unauthorized, "error=\"use_dpop_nonce\", error_description=\"Resource server requires nonce in DPoP proof\"", "nonce-C3"),
            OktaResponses.Session()]);
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, answers.Dequeue);

        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Single(oauth.TokenRequests);
        var (first, second) = (oauth.ApiRequests[0], oauth.ApiRequests[1]);
        Assert.False(oauth.Proof(first).Claims.TryGetProperty("nonce", out _));
        Assert.Equal("nonce-C3", oauth.Proof(second).Text("nonce"));
        Assert.NotEqual(oauth.Proof(first).Text("jti"), oauth.Proof(second).Text("jti"));
    }

    [Fact]
    public async Task RefreshSessionAsync_TokenRejected_RenewsOnceAndResends()
    {
        using var oauth = new OAuthHost();
        oauth.TokenAnswers.Enqueue(() => OAuthHost.Token(token: "first-token-expired-early"));
        var answers = new Queue<HttpResponseMessage>([
            OAuthHost.Challenge(HttpStatusCode.Unauthorized, "error=\"invalid_token\", error_description=\"The access token is invalid.\""),
            OktaResponses.Session()]);
        oauth.Host.On(HttpMethod.Post, OktaTestHost.SessionPath + "/lifecycle/refresh", answers.Dequeue);

        await oauth.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Equal(2, oauth.TokenRequests.Count);
        Assert.Equal(["DPoP first-token-expired-early", $"DPoP {OAuthHost.AccessToken}"], oauth.ApiRequests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task GetSessionAsync_TokenRejectedTwice_ReportsTheSecond401WithoutAThirdTry()
    {
        using var oauth = new OAuthHost();
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OAuthHost.Challenge(HttpStatusCode.Unauthorized, "error=\"invalid_token\""));

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal((401, "E0000011", "DPoP"), (failure.StatusCode, failure.ErrorCode, failure.AuthScheme));
        Assert.Equal(2, oauth.TokenRequests.Count);
        Assert.Equal(2, oauth.ApiRequests.Count);
    }

    [Fact]
    public async Task CloseSessionAsync_InsufficientScope_NamesTheMissingScopeAndIsNotResent()
    {
        using var oauth = new OAuthHost(configure: options => options.Scopes = "okta.sessions.read");
        oauth.Host.On(HttpMethod.Delete, OktaTestHost.SessionPath, () => OAuthHost.Challenge(
            HttpStatusCode.Forbidden, "error=\"insufficient_scope\", error_description=\"The access token provided does not contain the required scopes.\", scope=\"okta.sessions.manage\""));

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal((403, "okta.sessions.manage"), (failure.StatusCode, failure.MissingScope));
        Assert.Single(oauth.ApiRequests);
        Assert.Single(oauth.TokenRequests);
    }

    [Fact]
    public async Task GetSessionAsync_PlainForbidden_HasNoMissingScope()
    {
        using var oauth = new OAuthHost();
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Error(HttpStatusCode.Forbidden, "E0000006", "You do not have permission"));

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Null(failure.MissingScope);
    }
}
