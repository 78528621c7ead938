using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Okta.Telemetry;
using Polly;
using Polly.RateLimiting;
using Polly.Timeout;

namespace OktaSessionMcp.Okta.Resilience;

/// <summary>
/// The resilience pipeline of every call, built once per container by the client factory's resilience handler,
/// outermost first: the call's total time budget; 429 retries after the reset Okta names; transient retries with
/// jittered backoff, for idempotent operations only; a slot under the concurrency cap for each attempt (so a call
/// waiting to retry holds none); the attempt timeout. Each retry so gets its own attempt timeout and slot, within the
/// total. Not the standard resilience handler: it retries every method, and create and refresh must never be sent twice.
/// </summary>
internal static class OktaPipeline
{
    public const string Name = "okta";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<OktaClientOptions>>().Value;
        var slot = services.GetRequiredService<ConcurrencySlot>();
        var events = new RetryEvents(services.GetRequiredService<OktaMetrics>());
        pipeline.TimeProvider = options.TimeProvider;
        // Polly's own log lines (one or more per attempt, with exception messages nobody vetted) are replaced by the
        // client's: one line per call, with a fingerprint of the session and never its id or a token.
        pipeline.ConfigureTelemetry(NullLoggerFactory.Instance);
        pipeline
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.TotalTimeout, OnTimeout = OktaCallState.OnTotalTimeout })
            .AddRetry(RateLimitRetry.Create(options, events))
            .AddRetry(TransientRetry.Create(options, events))
            .AddRateLimiter(new RateLimiterStrategyOptions { RateLimiter = arguments => slot.AcquireAsync(arguments.Context) })
            .AddTimeout(options.AttemptTimeout);
    }
}
