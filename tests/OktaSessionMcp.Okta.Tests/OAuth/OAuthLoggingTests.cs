using System.Net;

namespace OktaSessionMcp.Okta.Tests.OAuth;

/// <summary>At Trace, across token fetches, renewals and refusals, no token, assertion, proof or key reaches a log line.</summary>
public sealed class OAuthLoggingTests
{
    [Fact]
    public async Task OAuthCalls_SuccessAndRefusals_LogNoTokenAssertionProofOrKey()
    {
        using var oauth = new OAuthHost(apiToken: OktaTestHost.ApiToken);
        oauth.TokenAnswers.Enqueue(() => OAuthHost.TokenError(HttpStatusCode.BadRequest, "use_dpop_nonce", "nonce", "nonce-D4"));
        var answers = new Queue<Func<HttpResponseMessage>>([
            () => OktaResponses.Session(),
            () => OAuthHost.Challenge(HttpStatusCode.Unauthorized, "error=\"invalid_token\""),
            () => OktaResponses.Session(),
            () => OAuthHost.Challenge(HttpStatusCode.Forbidden, "error=\"insufficient_scope\", scope=\"okta.sessions.manage\""),
        ]);
        oauth.Host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => answers.Dequeue()());
        oauth.Host.On(HttpMethod.Post, "/api/v1/sessions", () => OktaResponses.Session());

        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        await oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));
        await oauth.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None);
        oauth.DefaultTokenAnswer = () => OAuthHost.TokenError(HttpStatusCode.Unauthorized, "invalid_client", "The client_assertion signature is invalid.");
        oauth.Clock.Advance(TimeSpan.FromHours(2));
        await Assert.ThrowsAsync<OktaApiException>(() => oauth.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        var logs = oauth.Host.Logs.AllText;
        Assert.NotEmpty(oauth.Host.Logs.Lines);
        var secrets = oauth.Host.Requests
            .SelectMany(r => new[] { r.DPoP, r.Authorization, r.Body is { } body && body.Contains("client_assertion=", StringComparison.Ordinal) ? OAuthHost.Form(r)["client_assertion"] : null })
            .OfType<string>()
            .SelectMany(s => s.Split(' ', '.'))
            .Where(s => s.Length >= 16)
            .Append(OAuthHost.AccessToken)
            .Concat(oauth.Pem.Split('\n').Where(line => line.Length >= 16 && !line.StartsWith("-----", StringComparison.Ordinal)))
            .ToList();
        Assert.True(secrets.Count > 20, "the test must have collected the secrets it looks for");
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }
}
