using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OktaSessionMcp.Okta.Resilience;

/// <summary>
/// Retries what is likely to pass on a second try (a connection that failed or broke, 502, 503, 504, an attempt that
/// timed out) with jittered exponential backoff, at most twice in a row (it sits inside the 429 retry, so each rate-limit retry
/// starts its count again; the total timeout bounds the call), and only for idempotent operations (get, close).
/// Create and refresh may have reached Okta before the failure, so they are never sent twice automatically.
/// </summary>
internal static class TransientRetry
{
    public const int MaxRetries = 2;

    public static RetryStrategyOptions<HttpResponseMessage> Create(OktaClientOptions options, RetryEvents events) => new()
    {
        Name = "okta-transient",
        MaxRetryAttempts = MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.TransientRetryDelay,
        ShouldHandle = arguments => ValueTask.FromResult(OktaCallState.Of(arguments.Context).IsIdempotent && IsTransient(arguments.Outcome)),
        OnRetry = arguments => events.OnRetryAsync(OktaRetryReason.Transient, MaxRetries, arguments),
    };

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result.StatusCode: HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout } => true,
        // The attempt timeout; the total timeout is outside this strategy and ends the call.
        { Exception: TimeoutRejectedException } => true,
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ResponseEnded } } => true,
        // A connection reset before the answer comes as an "Unknown" error around the socket's IOException; a TLS
        // failure (SecureConnectionError) is not transient and is not retried.
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.Unknown, InnerException: IOException } } => true,
        // The connection broke while the body was read.
        { Exception: IOException } => true,
        _ => false,
    };
}
