using System.Net;

namespace OktaSessionMcp.Okta.Tests.OAuth;

/// <summary>The token request is exactly what Okta's org authorization server expects of an API Services app.</summary>
public sealed class TokenRequestTests
{
    [Theory]
    [InlineData(false, "RS256")]
    [InlineData(true, "ES256")]
    public async Task GetSessionAsync_NoToken_PostsClientCredentialsWithSignedAssertionAndProof(bool ec, string algorithm)
    {
        using var oauth = new OAuthHost(ec);
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        var request = Assert.Single(oauth.TokenRequests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Null(request.Authorization);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        var form = OAuthHost.Form(request);
        Assert.Equal(["grant_type", "scope", "client_assertion_type", "client_assertion"], form.Keys);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("okta.sessions.read okta.sessions.manage", form["scope"]);
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);

        var now = oauth.Clock.GetUtcNow().ToUnixTimeSeconds();
        var assertion = oauth.Assertion(request);
        Assert.Equal(algorithm, assertion.Header.GetProperty("alg").GetString());
        Assert.False(assertion.Header.TryGetProperty("kid", out _));
        Assert.Equal(OAuthHost.ClientId, assertion.Text("iss"));
        Assert.Equal(OAuthHost.ClientId, assertion.Text("sub"));
        Assert.Equal(OAuthHost.TokenUrl, assertion.Text("aud"));
        Assert.Equal(now, assertion.Number("iat"));
        Assert.Equal(now + 300, assertion.Number("exp"));
        Assert.True(assertion.Text("jti").Length >= 16);

        var proof = oauth.Proof(request);
        Assert.Equal("dpop+jwt", proof.Header.GetProperty("typ").GetString());
        Assert.Equal(algorithm, proof.Header.GetProperty("alg").GetString());
        Assert.False(proof.Header.GetProperty("jwk").TryGetProperty("d", out _), "the proof must carry the public key only");
        using var carried = Jws.KeyOf(request.DPoP!);
        Jws.Verify(request.DPoP!, carried);
        Assert.Equal("POST", proof.Text("htm"));
        Assert.Equal(OAuthHost.TokenUrl, proof.Text("htu"));
        Assert.Equal(now, proof.Number("iat"));
        Assert.False(proof.Claims.TryGetProperty("ath", out _));
        Assert.False(proof.Claims.TryGetProperty("nonce", out _));
        Assert.NotEqual(assertion.Text("jti"), proof.Text("jti"));
    }

    [Fact]
    public async Task GetSessionAsync_KeyIdAndScopesConfigured_SendsKidAndScopes()
    {
        using var oauth = new OAuthHost(configure: options => (options.KeyId, options.Scopes) = ("kid-2026", "okta.sessions.read"));
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        var request = Assert.Single(oauth.TokenRequests);
        Assert.Equal("kid-2026", oauth.Assertion(request).Header.GetProperty("kid").GetString());
        Assert.Equal("okta.sessions.read", OAuthHost.Form(request)["scope"]);
    }

    [Fact]
    public async Task GetSessionAsync_UseDPoPNonce_ResendsOnceWithFreshAssertionProofAndNonce()
    {
        using var oauth = new OAuthHost();
        oauth.TokenAnswers.Enqueue(() => OAuthHost.TokenError(HttpStatusCode.BadRequest, "use_dpop_nonce", "Authorization server requires nonce in DPoP proof.", "nonce-A1"));
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Equal(2, oauth.TokenRequests.Count);
        var (first, second) = (oauth.TokenRequests[0], oauth.TokenRequests[1]);
        Assert.False(oauth.Proof(first).Claims.TryGetProperty("nonce", out _));
        Assert.Equal("nonce-A1", oauth.Proof(second).Text("nonce"));
        Assert.NotEqual(oauth.Proof(first).Text("jti"), oauth.Proof(second).Text("jti"));
        Assert.NotEqual(oauth.Assertion(first).Text("jti"), oauth.Assertion(second).Text("jti"));
        Assert.Single(oauth.ApiRequests);
    }

    [Fact]
    public async Task GetSessionAsync_UseDPoPNonceTwice_FailsAfterTheOneResend()
    {
        using var oauth = new OAuthHost();
        oauth.DefaultTokenAnswer = () => OAuthHost.TokenError(HttpStatusCode.BadRequest, "use_dpop_nonce", "Authorization server requires nonce in DPoP proof.", "nonce-again");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.TokenRefused, failure.Kind);
        Assert.Equal("use_dpop_nonce", failure.ErrorCode);
        Assert.Equal(2, oauth.TokenRequests.Count);
        Assert.Empty(oauth.ApiRequests);
    }

    [Fact]
    public async Task GetSessionAsync_UseDPoPNonceWithoutNonce_FailsWithoutResending()
    {
        using var oauth = new OAuthHost();
        oauth.DefaultTokenAnswer = () => OAuthHost.TokenError(HttpStatusCode.BadRequest, "use_dpop_nonce", "Authorization server requires nonce in DPoP proof.");

        await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Single(oauth.TokenRequests);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "invalid_client", "The client_assertion signature is invalid.")]
    [InlineData(HttpStatusCode.BadRequest, "invalid_scope", "The following scopes are not allowed: [okta.sessions.manage]")]
    [InlineData(HttpStatusCode.BadRequest, "invalid_dpop_proof", "The DPoP proof JWT is invalid.")]
    public async Task GetSessionAsync_TokenRefused_FailsOnceWithOktaOAuthErrorAndNothingResent(HttpStatusCode status, string error, string description)
    {
        using var oauth = new OAuthHost();
        oauth.DefaultTokenAnswer = () => OktaResponses.WithRequestId(OAuthHost.TokenError(status, error, description));

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.TokenRefused, failure.Kind);
        Assert.Equal((int)status, failure.StatusCode);
        Assert.Equal(error, failure.ErrorCode);
        Assert.Equal(description, failure.ErrorSummary);
        Assert.Equal(OktaResponses.RequestId, failure.OktaRequestId);
        Assert.Equal(OktaOperations.GetSession, failure.Operation);
        Assert.Single(oauth.TokenRequests);
        Assert.Empty(oauth.ApiRequests);
    }

    [Fact]
    public async Task GetSessionAsync_TokenEndpointAnswersWithoutToken_IsAnInvalidResponse()
    {
        using var oauth = new OAuthHost();
        oauth.DefaultTokenAnswer = () => OktaResponses.Json(HttpStatusCode.OK, """{"token_type":"mac","expires_in":60}""");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.InvalidResponse, failure.Kind);
        Assert.Empty(oauth.ApiRequests);
    }

    [Fact]
    public async Task RefreshSessionAsync_TokenEndpointUnavailable_ReportsOkta503AndSendsNoRefresh()
    {
        using var oauth = new OAuthHost();
        oauth.DefaultTokenAnswer = () => OktaResponses.Error(HttpStatusCode.ServiceUnavailable, "E0000009", "Internal Server Error");

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal((OktaFailureKind.Api, 503), (failure.Kind, failure.StatusCode));
        Assert.Single(oauth.TokenRequests);
        Assert.Empty(oauth.ApiRequests);
    }

    [Fact]
    public async Task RefreshSessionAsync_TokenEndpointUnreachable_IsATransportFailure()
    {
        // Refresh, because it is never retried: the fake clock would hold a get's retry wait for ever.
        using var oauth = new OAuthHost(unreachable: true);

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Transport, failure.Kind);
        Assert.Empty(oauth.Host.Requests);
    }
}
