using System.Security.Cryptography;

namespace OktaSessionMcp.Simulator.Tests.OAuth;

/// <summary>The management API with the tokens the simulated org issued: proofs, binding, scopes, expiry, and the log.</summary>
public sealed class AccessTokenTests : IAsyncLifetime
{
    private OAuthHarness oauth = null!;
    private string sessionPath = null!;

    public async Task InitializeAsync()
    {
        oauth = await OAuthHarness.StartAsync();
        sessionPath = "/api/v1/sessions/" + (await oauth.Sim.CreateSessionAsync()).GetProperty("id").GetString();
    }

    public async Task DisposeAsync() => await oauth.DisposeAsync();

    [Fact]
    public async Task GetRefreshClose_DPoPTokenAndProofs_Succeed_LogRecordsSchemes()
    {
        var (token, nonce) = await oauth.DPoPTokenAsync();

        using var get = await CallAsync(HttpMethod.Get, sessionPath, token, nonce);
        using var refresh = await CallAsync(HttpMethod.Post, sessionPath + "/lifecycle/refresh", token, nonce);
        using var close = await CallAsync(HttpMethod.Delete, sessionPath, token, nonce);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NoContent), (get.StatusCode, refresh.StatusCode, close.StatusCode));
        var log = (await oauth.Sim.RequestsAsync()).EnumerateArray().ToList();
        Assert.Equal(["SSWS", null, null, "DPoP", "DPoP", "DPoP"], log.Select(r => r.TryGetProperty("scheme", out var s) ? s.GetString() : null));
        Assert.Equal("present", log[1].GetProperty("dpop").GetString());
        Assert.DoesNotContain(token, log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DPoPTokenSentAsBearer_InvalidToken()
    {
        var (token, _) = await oauth.DPoPTokenAsync();

        using var response = await oauth.CallAsync(HttpMethod.Get, sessionPath, $"Bearer {token}", proof: null);

        await AssertChallengeAsync(response, HttpStatusCode.Unauthorized, "E0000011", "Bearer", "invalid_token");
    }

    [Theory]
    [InlineData("ath")]
    [InlineData("htu-query")]
    [InlineData("htm")]
    [InlineData("other-key")]
    [InlineData("jti-replay")]
    [InlineData("none")]
    public async Task Get_BadProof_InvalidDPoPProof(string spoiled)
    {
        var (token, nonce) = await oauth.DPoPTokenAsync();
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var claims = oauth.ProofClaims("GET", oauth.Url(sessionPath), nonce, token);
        string? proof = spoiled switch
        {
            "ath" => oauth.Proof(oauth.ProofClaims("GET", oauth.Url(sessionPath), nonce, token + "x")),
            "htu-query" => oauth.Proof(oauth.ProofClaims("GET", oauth.Url(sessionPath) + "?x=1", nonce, token)),
            "htm" => oauth.Proof(oauth.ProofClaims("DELETE", oauth.Url(sessionPath), nonce, token)),
            "other-key" => oauth.Proof(claims, other),
            "none" => null,
            _ => oauth.Proof(claims),
        };
        if (spoiled == "jti-replay")
        {
            using var first = await oauth.CallAsync(HttpMethod.Get, sessionPath, $"DPoP {token}", proof);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var response = await oauth.CallAsync(HttpMethod.Get, sessionPath, $"DPoP {token}", proof);

        await AssertChallengeAsync(response, HttpStatusCode.Unauthorized, "E0000011", "DPoP", "invalid_dpop_proof");
    }

    [Fact]
    public async Task Get_ProofWithStaleNonce_UseDPoPNonceWithTheCurrentOne()
    {
        var (token, nonce) = await oauth.DPoPTokenAsync();
        (await oauth.Sim.Http.PostAsync(new Uri("/__sim/oauth/nonce", UriKind.Relative), null)).EnsureSuccessStatusCode();

        using var response = await CallAsync(HttpMethod.Get, sessionPath, token, nonce);

        await AssertChallengeAsync(response, HttpStatusCode.Unauthorized, "E0000011", "DPoP", "use_dpop_nonce");
        Assert.NotEqual(nonce, Assert.Single(response.Headers.GetValues("DPoP-Nonce")));
    }

    [Fact]
    public async Task Close_TokenWithReadScopeOnly_InsufficientScopeNamingManage()
    {
        var (token, nonce) = await oauth.DPoPTokenAsync(scope: "okta.sessions.read");

        using var get = await CallAsync(HttpMethod.Get, sessionPath, token, nonce);
        using var close = await CallAsync(HttpMethod.Delete, sessionPath, token, nonce);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var challenge = await AssertChallengeAsync(close, HttpStatusCode.Forbidden, "E0000006", "DPoP", "insufficient_scope");
        Assert.Contains("scope=\"okta.sessions.manage\"", challenge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_TokenWithReadScopeOnly_InsufficientScope()
    {
        var (token, nonce) = await oauth.DPoPTokenAsync(scope: "okta.sessions.read");

        using var refresh = await CallAsync(HttpMethod.Post, sessionPath + "/lifecycle/refresh", token, nonce);

        await AssertChallengeAsync(refresh, HttpStatusCode.Forbidden, "E0000006", "DPoP", "insufficient_scope");
    }

    [Fact]
    public async Task Create_WithAccessToken_RefusedSswsOnly()
    {
        var (token, nonce) = await oauth.DPoPTokenAsync();

        using var response = await CallAsync(HttpMethod.Post, "/api/v1/sessions", token, nonce);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("SSWS", (await SimulatorHarness.JsonAsync(response)).GetProperty("errorCauses")[0].GetProperty("errorSummary").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("revoked")]
    [InlineData("expired")]
    public async Task Get_TokenRevokedOrExpired_InvalidToken(string how)
    {
        var (token, nonce) = await oauth.DPoPTokenAsync();
        if (how == "revoked")
        {
            (await oauth.Sim.Http.DeleteAsync(new Uri("/__sim/oauth/tokens", UriKind.Relative))).EnsureSuccessStatusCode();
        }
        else
        {
            oauth.Sim.Clock.Advance(TimeSpan.FromHours(1));
        }

        using var response = await CallAsync(HttpMethod.Get, sessionPath, token, nonce);

        await AssertChallengeAsync(response, HttpStatusCode.Unauthorized, "E0000011", "DPoP", "invalid_token");
    }

    [Fact]
    public async Task Get_BearerTokenWhenAllowed_Succeeds()
    {
        await using var bearer = await OAuthHarness.StartAsync(options => options.OAuthAllowBearer = true);
        var path = "/api/v1/sessions/" + (await bearer.Sim.CreateSessionAsync()).GetProperty("id").GetString();
        using var issued = await bearer.RequestTokenAsync(proof: null);
        var token = (await SimulatorHarness.JsonAsync(issued)).GetProperty("access_token").GetString();

        using var get = await bearer.CallAsync(HttpMethod.Get, path, $"Bearer {token}", proof: null);
        using var asDPoP = await bearer.CallAsync(HttpMethod.Get, path, $"DPoP {token}", proof: null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (get.StatusCode, asDPoP.StatusCode));
    }

    private Task<HttpResponseMessage> CallAsync(HttpMethod method, string path, string token, string nonce) =>
        oauth.CallAsync(method, path, $"DPoP {token}", oauth.Proof(oauth.ProofClaims(method.Method, oauth.Url(path), nonce, token)));

    private static async Task<string> AssertChallengeAsync(HttpResponseMessage response, HttpStatusCode status, string errorCode, string scheme, string error)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(errorCode, (await SimulatorHarness.JsonAsync(response)).GetProperty("errorCode").GetString());
        var challenge = Assert.Single(response.Headers.WwwAuthenticate).ToString();
        Assert.StartsWith(scheme + " ", challenge, StringComparison.Ordinal);
        Assert.Contains($"error=\"{error}\"", challenge, StringComparison.Ordinal);
        return challenge;
    }
}
