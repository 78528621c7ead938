using System.Globalization;
using System.Net;

namespace OktaSessionMcp.Okta.Tests.Resilience;

/// <summary>When a 429 is not waited out: headers missing, or a wait that does not fit the cap or the budget.</summary>
public sealed class RateLimitHeaderTests
{
    private static readonly DateTimeOffset Date = new(2026, 3, 4, 5, 6, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task GetSessionAsync_TooManyRequestsWithoutDateOrReset_FailsAtOnce(bool withDate, bool withReset)
    {
        using var host = new OktaTestHost();
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => TooManyRequests(withDate ? Date : null, withReset ? Date.AddSeconds(2) : null));

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.RateLimited, failure.Kind);
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task GetSessionAsync_WaitWithinCapButBeyondTheBudget_FailsAtOnceNamingTheReset()
    {
        using var host = new OktaTestHost(options =>
        {
            options.TotalTimeout = TimeSpan.FromSeconds(5);
            options.AttemptTimeout = TimeSpan.FromSeconds(5);
        });
        // A 6 s wait fits the 10 s cap but not a 5 s budget: waiting would only end in a timeout.
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => TooManyRequests(Date, Date.AddSeconds(5)));

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal((OktaFailureKind.RateLimited, Date.AddSeconds(5)), (failure.Kind, failure.RateLimitResetsAt));
        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task CloseSessionAsync_MaxRateLimitWaitZero_NeverWaits()
    {
        using var host = new OktaTestHost(options => options.MaxRateLimitWait = TimeSpan.Zero);
        host.On(HttpMethod.Delete, OktaTestHost.SessionPath, () => TooManyRequests(Date, Date));

        var failure = await Assert.ThrowsAsync<OktaApiException>(() => host.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(OktaFailureKind.RateLimited, failure.Kind);
        Assert.Single(host.Requests);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(5, 6)]
    [InlineData(-30, 1)]
    public void WaitFor_ResetAndDate_IsResetMinusDatePlusOneSecond(int resetAfterDateSeconds, int expectedSeconds)
    {
        using var response = TooManyRequests(Date, Date.AddSeconds(resetAfterDateSeconds));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), OktaSessionMcp.Okta.Resilience.RateLimitRetry.WaitFor(response));
    }

    private static HttpResponseMessage TooManyRequests(DateTimeOffset? date, DateTimeOffset? reset)
    {
        var response = OktaResponses.Error(HttpStatusCode.TooManyRequests, "E0000047", "API call exceeded rate limit due to too many requests.");
        response.Headers.Date = date;
        if (reset is { } at)
        {
            response.Headers.Add("X-Rate-Limit-Reset", at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }
}
