using System.Net;
using System.Text.RegularExpressions;
using RichardSzalay.MockHttp;

namespace OktaSessionMcp.Okta.Tests;

/// <summary>Everything logged at every level, across successes and failures, is free of secrets.</summary>
public sealed class LoggingTests : IDisposable
{
    private readonly OktaTestHost host = new();

    [Fact]
    public async Task AllOperations_SuccessAndFailure_LogNoTokenNoSessionTokenNoSessionId()
    {
        var echo = $"{OktaTestHost.SessionId} {OktaTestHost.SessionToken} {OktaTestHost.ApiToken}";
        var responses = new Queue<Func<HttpResponseMessage>>(
        [
            () => OktaResponses.Session(),
            () => OktaResponses.Error(HttpStatusCode.Unauthorized, "E0000004", echo),
            () => OktaResponses.Json(HttpStatusCode.OK, "<html/>", "text/html"),
            () => OktaResponses.Session(),
            () => OktaResponses.Error(HttpStatusCode.NotFound, "E0000007", echo, echo),
            () => OktaResponses.Json(HttpStatusCode.OK, "[]"),
            () => OktaResponses.NoContent(),
            () => OktaResponses.Error(HttpStatusCode.TooManyRequests, "E0000047", echo),
            () => OktaResponses.Session(),
        ]);
        host.OnAny(() => responses.Dequeue()());

        await host.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None);
        await Assert.ThrowsAsync<OktaApiException>(() => host.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None));
        await Assert.ThrowsAsync<OktaApiException>(() => host.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None));
        await host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        await Assert.ThrowsAsync<OktaApiException>(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));
        await Assert.ThrowsAsync<OktaApiException>(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));
        await host.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        await Assert.ThrowsAsync<OktaApiException>(() => host.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None));
        await host.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        host.Http.Fallback.Throw(new HttpRequestException(HttpRequestError.ConnectionError, $"refused {echo}"));
        await Assert.ThrowsAsync<OktaApiException>(() => host.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, new CancellationToken(canceled: true)));

        Assert.Empty(responses);
        Assert.Equal(
            ["200", "Api 401", "InvalidResponse 200", "200", "Api 404", "InvalidResponse 200", "204", "RateLimited 429", "200", "Transport", "cancelled"],
            host.Logs.Lines.Select(line => Regex.Match(line, ": ([^:]+) after ").Groups[1].Value));
        AssertNoSecrets(host.Logs.AllText);
    }

    [Fact]
    public async Task RefreshSessionAsync_Timeout_LogsTimeoutWithoutSecrets()
    {
        // Its own host: only this call may meet the tiny attempt timeout.
        using var timingOut = new OktaTestHost(options => options.AttemptTimeout = TimeSpan.FromMilliseconds(20));
        timingOut.OnAny(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(ScriptedReadStream.Stalled()) });

        await Assert.ThrowsAsync<OktaApiException>(() => timingOut.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Contains(": Timeout after", Assert.Single(timingOut.Logs.Lines), StringComparison.Ordinal);
        AssertNoSecrets(timingOut.Logs.AllText);
    }

    [Fact]
    public async Task GetSessionAsync_OneCall_LogsOneDebugLineWithOperationStatusAndFingerprint()
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        await host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        var line = Assert.Single(host.Logs.Lines);
        Assert.StartsWith("Debug OktaSessionMcp.Okta.OktaSessionClient", line, StringComparison.Ordinal);
        Assert.Contains($"Okta getSession for session {OktaIdentifiers.Fingerprint(OktaTestHost.SessionId)}: 200 after", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateSessionAsync_Success_LogsFingerprintOfTheNewSession()
    {
        host.On(HttpMethod.Post, "/api/v1/sessions", () => OktaResponses.Session());

        await host.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None);

        Assert.Contains($"Okta createSession for session {OktaIdentifiers.Fingerprint(OktaTestHost.SessionId)}: 200", Assert.Single(host.Logs.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloseSessionAsync_Failure_LogsKindAndStatus()
    {
        host.On(HttpMethod.Delete, OktaTestHost.SessionPath, () => OktaResponses.Error(HttpStatusCode.NotFound, "E0000007", "Not found"));

        await Assert.ThrowsAsync<OktaApiException>(() => host.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Contains(": Api 404 after", Assert.Single(host.Logs.Lines), StringComparison.Ordinal);
    }

    private static void AssertNoSecrets(string logs)
    {
        Assert.DoesNotContain(OktaTestHost.ApiToken, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(OktaTestHost.SessionToken, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(OktaTestHost.SessionId, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(OktaTestHost.SessionPath, logs, StringComparison.Ordinal);
    }

    public void Dispose() => host.Dispose();

    [Fact]
    public void WireBodies_Printed_ShowNoTokenOrEchoedId()
    {
        // Records print their values; these carry an access token or what Okta echoed of a session id.
        var printed = string.Join(" ",
            new Json.TokenResponse("eyJ-printed-access-token", "DPoP", 3600).ToString(),
            new Json.OktaErrorBody("E0000007", "Not found: 102printedSessionId", "E0000007", "oae1", [new Json.OktaErrorCause("102printedSessionId")]).ToString());

        Assert.DoesNotContain("printed", printed, StringComparison.Ordinal);
    }
}
