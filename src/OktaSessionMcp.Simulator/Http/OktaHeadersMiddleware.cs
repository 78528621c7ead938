using System.Globalization;
using OktaSessionMcp.Simulator.Org;

namespace OktaSessionMcp.Simulator.Http;

/// <summary>
/// Stamps every response, errors and 204s included, with Okta's X-Okta-Request-Id, Date (on the simulator's clock,
/// so clients computing a retry delay from Reset minus Date agree with a fake clock) and X-Rate-Limit-* headers.
/// </summary>
internal sealed class OktaHeadersMiddleware(RequestDelegate next, RateLimiter rateLimiter, SimulatorOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var feature = new OktaRequestFeature(
            OktaIds.NewRequestId(),
            rateLimiter.Acquire(RateLimiter.IsSessionsPath(context.Request.Path)));
        context.Features.Set(feature);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["X-Okta-Request-Id"] = feature.RequestId;
            headers.Date = options.TimeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
            headers["X-Rate-Limit-Limit"] = feature.RateLimit.Limit.ToString(CultureInfo.InvariantCulture);
            headers["X-Rate-Limit-Remaining"] = feature.RateLimit.Remaining.ToString(CultureInfo.InvariantCulture);
            headers["X-Rate-Limit-Reset"] = feature.RateLimit.ResetEpochSeconds.ToString(CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
