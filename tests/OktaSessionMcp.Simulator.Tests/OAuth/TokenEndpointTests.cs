using System.Security.Cryptography;

namespace OktaSessionMcp.Simulator.Tests.OAuth;

/// <summary>The org authorization server's token endpoint: what it issues, and each refusal in OAuth's words.</summary>
public sealed class TokenEndpointTests : IAsyncLifetime
{
    private OAuthHarness oauth = null!;

    public async Task InitializeAsync() => oauth = await OAuthHarness.StartAsync();

    public async Task DisposeAsync() => await oauth.DisposeAsync();

    [Fact]
    public async Task Token_FirstProofWithoutNonce_ChallengedThenIssuedDPoPBound()
    {
        using var challenge = await oauth.RequestTokenAsync(oauth.Proof(oauth.ProofClaims("POST", oauth.TokenUrl)));
        await AssertRefusalAsync(challenge, HttpStatusCode.BadRequest, "use_dpop_nonce");
        var nonce = Assert.Single(challenge.Headers.GetValues("DPoP-Nonce"));

        using var issued = await oauth.RequestTokenAsync(oauth.Proof(oauth.ProofClaims("POST", oauth.TokenUrl, nonce)));

        var body = await SimulatorHarness.JsonAsync(issued);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal("DPoP", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal("okta.sessions.read okta.sessions.manage", body.GetProperty("scope").GetString());
        Assert.StartsWith("sim-at-", body.GetProperty("access_token").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_AssertionSignedByAnotherKey_InvalidClient()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        using var response = await oauth.RequestTokenAsync(null, signingKey: other);

        await AssertRefusalAsync(response, HttpStatusCode.Unauthorized, "invalid_client", "signature is invalid");
    }

    [Theory]
    [InlineData("iss", "0oaOtherApp", "client_id")]
    [InlineData("sub", "0oaOtherApp", "client_id")]
    [InlineData("aud", "https://example.okta.com/oauth2/v1/token", "audience")]
    public async Task Token_WrongClaim_InvalidClient(string claim, string value, string named)
    {
        var claims = oauth.AssertionClaims();
        claims[claim] = value;

        using var response = await oauth.RequestTokenAsync(null, claims);

        await AssertRefusalAsync(response, HttpStatusCode.Unauthorized, "invalid_client", named);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3601)]
    public async Task Token_ExpiredOrTooLongLivedAssertion_InvalidClient(int expiresInSeconds)
    {
        var claims = oauth.AssertionClaims();
        claims["exp"] = oauth.Now + expiresInSeconds;

        using var response = await oauth.RequestTokenAsync(null, claims);

        await AssertRefusalAsync(response, HttpStatusCode.Unauthorized, "invalid_client", "expire");
    }

    [Fact]
    public async Task Token_AssertionReplayed_InvalidClient()
    {
        var claims = oauth.AssertionClaims();
        using var first = await oauth.RequestTokenAsync(oauth.Proof(oauth.ProofClaims("POST", oauth.TokenUrl)), claims);
        Assert.Equal("use_dpop_nonce", (await SimulatorHarness.JsonAsync(first)).GetProperty("error").GetString());

        using var replay = await oauth.RequestTokenAsync(oauth.Proof(oauth.ProofClaims("POST", oauth.TokenUrl)), claims);

        await AssertRefusalAsync(replay, HttpStatusCode.Unauthorized, "invalid_client", "already been used");
    }

    [Fact]
    public async Task Token_NoProofWhileDPoPRequired_InvalidDPoPProof()
    {
        using var response = await oauth.RequestTokenAsync(proof: null);

        await AssertRefusalAsync(response, HttpStatusCode.BadRequest, "invalid_dpop_proof", "missing");
    }

    [Theory]
    [InlineData("htm")]
    [InlineData("htu")]
    [InlineData("iat")]
    [InlineData("typ")]
    [InlineData("jti-replay")]
    public async Task Token_BadProof_InvalidDPoPProof(string spoiled)
    {
        var (_, nonce) = await oauth.DPoPTokenAsync();
        var claims = oauth.ProofClaims("POST", oauth.TokenUrl, nonce);
        var proof = spoiled switch
        {
            "htm" => oauth.Proof(Set(claims, "htm", "GET")),
            "htu" => oauth.Proof(Set(claims, "htu", oauth.TokenUrl + "x")),
            "iat" => oauth.Proof(Set(claims, "iat", oauth.Now - 600)),
            "typ" => TestJwt.Sign(oauth.Key, new() { ["typ"] = "JWT", ["jwk"] = TestJwt.PublicJwk(oauth.Key) }, claims),
            _ => oauth.Proof(claims),
        };
        if (spoiled == "jti-replay")
        {
            using var first = await oauth.RequestTokenAsync(proof);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var response = await oauth.RequestTokenAsync(proof);

        await AssertRefusalAsync(response, HttpStatusCode.BadRequest, "invalid_dpop_proof");
    }

    [Fact]
    public async Task Token_ScopeNotGranted_InvalidScopeNamingIt()
    {
        await using var narrow = await OAuthHarness.StartAsync(options => options.OAuthGrantedScopes = "okta.sessions.read");

        using var response = await narrow.RequestTokenAsync(null);

        await AssertRefusalAsync(response, HttpStatusCode.BadRequest, "invalid_scope", "okta.sessions.manage");
    }

    [Fact]
    public async Task Token_OtherGrantType_UnsupportedGrantType()
    {
        using var response = await oauth.RequestTokenAsync(null, form: new() { ["grant_type"] = "password" });

        await AssertRefusalAsync(response, HttpStatusCode.BadRequest, "unsupported_grant_type");
    }

    [Fact]
    public async Task Token_BearerAllowedAndNoProof_IssuesBearer()
    {
        await using var bearer = await OAuthHarness.StartAsync(options => options.OAuthAllowBearer = true);

        using var response = await bearer.RequestTokenAsync(proof: null);

        Assert.Equal("Bearer", (await SimulatorHarness.JsonAsync(response)).GetProperty("token_type").GetString());
    }

    [Fact]
    public async Task Token_OAuthNotConfigured_NotFound()
    {
        await using var plain = await SimulatorHarness.StartAsync();

        using var response = await plain.Http.PostAsync(new Uri("/oauth2/v1/token", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static System.Text.Json.Nodes.JsonObject Set(System.Text.Json.Nodes.JsonObject claims, string name, System.Text.Json.Nodes.JsonNode value)
    {
        claims[name] = value;
        return claims;
    }

    private static async Task AssertRefusalAsync(HttpResponseMessage response, HttpStatusCode status, string error, string? described = null)
    {
        var body = await SimulatorHarness.JsonAsync(response);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.Contains(described ?? string.Empty, body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
