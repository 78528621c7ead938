using System.Net;

namespace OktaSessionMcp.Okta.Tests;

/// <summary>Okta's error answers become OktaApiException with Okta's error details, and nothing secret in the message.</summary>
public sealed class ErrorStatusTests : IDisposable
{
    private readonly OktaTestHost host = new();

    public static TheoryData<HttpStatusCode, string> ErrorStatuses => new()
    {
        { HttpStatusCode.BadRequest, "E0000001" },
        { HttpStatusCode.Unauthorized, "E0000011" },
        { HttpStatusCode.Forbidden, "E0000006" },
        { HttpStatusCode.NotFound, "E0000007" },
        { HttpStatusCode.InternalServerError, "E0000009" },
        { HttpStatusCode.BadGateway, "E0000009" },
        { HttpStatusCode.ServiceUnavailable, "E0000010" },
        { HttpStatusCode.GatewayTimeout, "E0000009" },
    };

    [Theory]
    [MemberData(nameof(ErrorStatuses))]
    public async Task GetSessionAsync_ErrorStatus_ThrowsApiFailureWithOktaDetails(HttpStatusCode status, string code)
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Error(status, code, "Something failed", "cause one"));

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.Api, exception.Kind);
        Assert.Equal((int)status, exception.StatusCode);
        Assert.Equal(code, exception.ErrorCode);
        Assert.Equal("Something failed", exception.ErrorSummary);
        Assert.Equal(code, exception.ErrorLink);
        Assert.Equal($"oaeErr{(int)status}", exception.ErrorId);
        Assert.Equal(["cause one"], exception.ErrorCauses);
        Assert.Equal(OktaResponses.RequestId, exception.OktaRequestId);
        Assert.Equal(OktaOperations.GetSession, exception.Operation);
        Assert.Null(exception.RateLimitResetsAt);
        Assert.Equal($"Okta answered getSession with HTTP {(int)status} ({code}).", exception.Message);
    }

    [Fact]
    public async Task GetSessionAsync_NotFoundNamingTheSession_RedactsSessionIdFromSummaryAndCauses()
    {
        var summary = $"Not found: Resource not found: {OktaTestHost.SessionId} (Session)";
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Error(HttpStatusCode.NotFound, "E0000007", summary, summary));

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        var fingerprint = OktaIdentifiers.Fingerprint(OktaTestHost.SessionId);
        Assert.Equal($"Not found: Resource not found: {fingerprint} (Session)", exception.ErrorSummary);
        Assert.Equal($"Not found: Resource not found: {fingerprint} (Session)", Assert.Single(exception.ErrorCauses));
        Assert.DoesNotContain(OktaTestHost.SessionId, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateSessionAsync_Unauthorized_ThrowsApiFailureWithoutEchoingToken()
    {
        host.On(HttpMethod.Post, "/api/v1/sessions", () => OktaResponses.Error(
            HttpStatusCode.Unauthorized, "E0000004", $"Authentication failed for {OktaTestHost.SessionToken}"));

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None));

        Assert.Equal((OktaFailureKind.Api, 401, OktaOperations.CreateSession), (exception.Kind, exception.StatusCode, exception.Operation));
        Assert.Equal("Authentication failed for [session token]", exception.ErrorSummary);
    }

    [Fact]
    public async Task RefreshSessionAsync_TooManyRequests_ThrowsRateLimitedWithResetTime()
    {
        var resetsAt = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);
        host.On(HttpMethod.Post, OktaTestHost.SessionPath + "/lifecycle/refresh", () =>
        {
            var response = OktaResponses.Error(HttpStatusCode.TooManyRequests, "E0000047", "API call exceeded rate limit due to too many requests.");
            response.Headers.Add("X-Rate-Limit-Limit", "600");
            response.Headers.Add("X-Rate-Limit-Remaining", "0");
            response.Headers.Add("X-Rate-Limit-Reset", resetsAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            return response;
        });

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.RateLimited, exception.Kind);
        Assert.Equal(429, exception.StatusCode);
        Assert.Equal("E0000047", exception.ErrorCode);
        Assert.Equal(resetsAt, exception.RateLimitResetsAt);
        Assert.Equal(OktaOperations.RefreshSession, exception.Operation);
        Assert.Contains("2026-03-04T05:06:07", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloseSessionAsync_TooManyRequestsWithoutResetHeader_ThrowsRateLimitedWithoutResetTime()
    {
        host.On(HttpMethod.Delete, OktaTestHost.SessionPath, () => new HttpResponseMessage(HttpStatusCode.TooManyRequests));

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal((OktaFailureKind.RateLimited, 429, OktaOperations.RevokeSession), (exception.Kind, exception.StatusCode, exception.Operation));
        Assert.Null(exception.RateLimitResetsAt);
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>", "text/html")]
    [InlineData("", "text/plain")]
    [InlineData("{\"errorCode\": 42, \"errorCauses\": \"nope\"}", "application/json")]
    [InlineData("{not json", "application/json")]
    public async Task CloseSessionAsync_ErrorBodyNotOktaJson_ThrowsApiFailureWithStatusOnly(string body, string mediaType)
    {
        host.On(HttpMethod.Delete, OktaTestHost.SessionPath, () => OktaResponses.Json(HttpStatusCode.BadGateway, body, mediaType));

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal((OktaFailureKind.Api, 502), (exception.Kind, exception.StatusCode));
        Assert.Null(exception.ErrorCode);
        Assert.Null(exception.ErrorSummary);
        Assert.Empty(exception.ErrorCauses);
        Assert.Equal("Okta answered revokeSession with HTTP 502.", exception.Message);
    }

    [Fact]
    public async Task GetSessionAsync_Redirect_IsNotFollowedAndFails()
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.Found);
            response.Headers.Location = new Uri("https://elsewhere.example.com/steal");
            return response;
        });

        var exception = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal((OktaFailureKind.Api, 302), (exception.Kind, exception.StatusCode));
        Assert.Single(host.Requests);
    }

    public void Dispose() => host.Dispose();
}
