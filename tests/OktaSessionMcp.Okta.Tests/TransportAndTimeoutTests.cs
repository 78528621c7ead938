using System.Net;
using System.Net.Sockets;
using RichardSzalay.MockHttp;

namespace OktaSessionMcp.Okta.Tests;

/// <summary>Connection failures, both timeouts, and the caller's own cancellation, each told apart.</summary>
public sealed class TransportAndTimeoutTests
{
    [Fact]
    public async Task GetSessionAsync_OktaNeverAnswers_ThrowsTimeoutAfterThreeAttempts()
    {
        using var host = new OktaTestHost(options => options.AttemptTimeout = TimeSpan.FromMilliseconds(20));
        var never = new TaskCompletionSource<HttpResponseMessage>();
        // Attempts are counted by the client: under load an attempt can time out before MockHttp sees it.
        host.Http.When(HttpMethod.Get, OktaTestHost.OrgUrl + OktaTestHost.SessionPath).Respond(() => never.Task);

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Timeout, exception.Kind);
        Assert.Null(exception.StatusCode);
        Assert.Equal(OktaOperations.GetSession, exception.Operation);
        Assert.Equal("Okta did not answer getSession within 0.02 s on any of 3 attempts.", exception.Message);
    }

    [Fact]
    public async Task RefreshSessionAsync_OktaNeverAnswers_ThrowsTimeoutAfterOneAttempt()
    {
        using var host = new OktaTestHost(options => options.AttemptTimeout = TimeSpan.FromMilliseconds(20));
        var never = new TaskCompletionSource<HttpResponseMessage>();
        host.Http.When(HttpMethod.Post, OktaTestHost.OrgUrl + OktaTestHost.SessionPath + "/lifecycle/refresh").Respond(() => never.Task);

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal("Okta did not answer refreshSession within 0.02 s.", exception.Message);
    }

    [Fact]
    public async Task GetSessionAsync_BudgetEndsDuringARetry_ThrowsTimeoutNamingTheBudget()
    {
        // On a fake clock: the first attempt times out at 10 s, the retry starts at once and the 15 s budget ends it.
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var attempt = TimeSpan.FromSeconds(10);
        using var host = new OktaTestHost(options =>
        {
            (options.TimeProvider, options.AttemptTimeout, options.TotalTimeout) = (clock, attempt, TimeSpan.FromSeconds(15));
            options.TransientRetryDelay = TimeSpan.Zero;
        });
        var never = new TaskCompletionSource<HttpResponseMessage>();
        host.Http.When(HttpMethod.Get, OktaTestHost.OrgUrl + OktaTestHost.SessionPath).Respond(() => never.Task);

        var call = host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);
        await clock.ScheduledAsync(attempt);
        clock.Advance(attempt);
        await clock.ScheduledAsync(attempt, count: 2);
        clock.Advance(TimeSpan.FromSeconds(5));

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => call);
        Assert.Equal(OktaFailureKind.Timeout, exception.Kind);
        Assert.Equal("Okta did not answer getSession within the call's time budget of 15 s (2 attempts).", exception.Message);
    }

    [Fact]
    public async Task GetSessionAsync_BodyStallsAfterHeaders_ThrowsTimeout()
    {
        using var host = new OktaTestHost(options => options.AttemptTimeout = TimeSpan.FromMilliseconds(20));
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(ScriptedReadStream.Stalled()) { Headers = { ContentType = new("application/json") } },
        });

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Timeout, exception.Kind);
    }

    [Fact]
    public async Task GetSessionAsync_CallerCancelsWhileWaiting_ThrowsOperationCanceledNotTimeout()
    {
        using var host = new OktaTestHost();
        var arrived = new TaskCompletionSource();
        var never = new TaskCompletionSource<HttpResponseMessage>();
        host.Http.When(HttpMethod.Get, OktaTestHost.OrgUrl + OktaTestHost.SessionPath).Respond(() =>
        {
            arrived.SetResult();
            return never.Task;
        });
        using var cancellation = new CancellationTokenSource();

        var call = host.Client.GetSessionAsync(OktaTestHost.SessionId, cancellation.Token);
        await arrived.Task;
        await cancellation.CancelAsync();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cancellation.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task CreateSessionAsync_AlreadyCancelled_ThrowsOperationCanceledWithoutSending()
    {
        using var host = new OktaTestHost();
        host.On(HttpMethod.Post, "/api/v1/sessions", () => OktaResponses.Session());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client.CreateSessionAsync(OktaTestHost.SessionToken, new CancellationToken(canceled: true)));

        Assert.Empty(host.Requests);
    }

    [Fact]
    public async Task RefreshSessionAsync_ConnectionRefused_ThrowsTransport()
    {
        using var host = new OktaTestHost();
        host.Http.When(HttpMethod.Post, OktaTestHost.OrgUrl + OktaTestHost.SessionPath + "/lifecycle/refresh").Throw(new HttpRequestException(
            HttpRequestError.ConnectionError, "Connection refused (example.okta.com:443)", new SocketException((int)SocketError.ConnectionRefused)));

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Transport, exception.Kind);
        Assert.Null(exception.StatusCode);
        Assert.Equal(OktaOperations.RefreshSession, exception.Operation);
        Assert.Equal("Could not reach Okta for refreshSession (ConnectionError).", exception.Message);
        Assert.IsType<HttpRequestException>(exception.InnerException);
    }

    [Fact]
    public async Task CloseSessionAsync_ConnectionResetWhileReadingBody_ThrowsTransport()
    {
        using var host = new OktaTestHost();
        host.On(HttpMethod.Delete, OktaTestHost.SessionPath, () => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(ScriptedReadStream.Throwing(new IOException("Connection reset by peer"))),
        });

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Transport, exception.Kind);
    }
}
