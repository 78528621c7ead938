using System.Net;
using Polly.Retry;

namespace OktaSessionMcp.Okta.Resilience;

/// <summary>
/// Retries a 429 after the rate-limit window Okta names has reset, at most twice, and only while that wait fits both
/// <see cref="OktaClientOptions.MaxRateLimitWait"/> and what is left of the call's time budget. Anything else (a reset
/// too far away, or a 429 without the headers to compute the wait) is returned at once and becomes a RateLimited error.
/// </summary>
/// <remarks>
/// Safe for every operation, create and refresh included: Okta refuses a rate-limited request before processing it,
/// so a session token is not redeemed and a session is not refreshed by a request that got 429. Okta's own SDKs
/// retry 429 for every method for the same reason.
/// </remarks>
internal static class RateLimitRetry
{
    public const int MaxRetries = 2;

    // Okta's SDKs add a second so that the retry lands after the reset, not on it.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    public static RetryStrategyOptions<HttpResponseMessage> Create(OktaClientOptions options, RetryEvents events) => new()
    {
        Name = "okta-rate-limit",
        MaxRetryAttempts = MaxRetries,
        ShouldHandle = arguments => ValueTask.FromResult(
            arguments.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
            && WaitFor(response) is { } wait
            && Fits(wait, OktaCallState.Of(arguments.Context), options)),
        DelayGenerator = arguments => ValueTask.FromResult(arguments.Outcome.Result is { } response ? WaitFor(response) : null),
        OnRetry = arguments => events.OnRetryAsync(OktaRetryReason.RateLimited, MaxRetries, arguments),
    };

    /// <summary>
    /// X-Rate-Limit-Reset minus the response's Date, plus a second (Okta's SDK rule). Both times come from Okta, so a
    /// skewed local clock cannot shorten or stretch the wait. <see langword="null"/> when either header is missing.
    /// </summary>
    public static TimeSpan? WaitFor(HttpResponseMessage response) =>
        OktaResponseHeaders.RateLimitReset(response) is { } reset && response.Headers.Date is { } date
            ? (reset > date ? reset - date : TimeSpan.Zero) + Margin
            : null;

    private static bool Fits(TimeSpan wait, OktaCallState call, OktaClientOptions options) =>
        wait <= options.MaxRateLimitWait
        && options.TimeProvider.GetElapsedTime(call.StartedAt) + wait < options.TotalTimeout;
}
